import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';
import { ProgressMeter } from '../shared/progress-meter';
import { LearningService } from './learning.service';
import { ModuleQuizzes } from './quizzes/module-quizzes';
import { enrolmentQuizzes } from './quizzes/enrolment-quizzes';
import { LoadState } from '../shared/load-state';

/** The modules and lessons of one enrolment, what is done, and where to continue. */
@Component({
  selector: 'app-reading-path-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    DurationPipe,
    LoadState,
    LocalisedPipe,
    ProgressMeter,
    ModuleQuizzes,
  ],
  templateUrl: './reading-path-page.html',
  styleUrl: './reading-path-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReadingPathPage {
  private readonly service = inject(LearningService);
  protected readonly language = inject(LanguageService).current;

  readonly enrolmentId = input.required<string>();

  protected readonly path = rxResource({
    params: () => this.enrolmentId(),
    stream: ({ params }) => this.service.learning(params),
  });
  protected readonly error = computed(() => (this.path.error() ? toApiError(this.path.error()) : null));
  protected readonly quizzes = enrolmentQuizzes(this.enrolmentId);
  /** The lesson to continue from, with its title for the button. */
  protected readonly next = computed(() => {
    if (!this.path.hasValue()) return null;
    const path = this.path.value();
    return path.modules.flatMap((m) => m.lessons).find((l) => l.id === path.nextLessonId) ?? null;
  });
}
