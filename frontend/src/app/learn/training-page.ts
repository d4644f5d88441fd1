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
import { TopicPipe } from '../shared/topic.pipe';
import { CatalogueSessions } from './catalogue-sessions';
import { LearningService } from './learning.service';
import { PluralPipe } from '../shared/plural.pipe';
import { LoadState } from '../shared/load-state';

/** One published training: its description, modules and sessions to enrol in. */
@Component({
  selector: 'app-training-page',
  imports: [
    PluralPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    DurationPipe,
    LocalisedPipe,
    TopicPipe,
    LoadState,
    CatalogueSessions,
  ],
  templateUrl: './training-page.html',
  styleUrls: ['./training-card.scss', './training-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingPage {
  private readonly service = inject(LearningService);
  protected readonly language = inject(LanguageService).current;

  readonly trainingId = input.required<string>();
  /** The session chosen in the public catalogue before signing in (`?session=`). */
  readonly session = input<string>();

  protected readonly training = rxResource({
    params: () => this.trainingId(),
    stream: ({ params }) => this.service.catalogueTraining(params),
  });
  protected readonly error = computed(() =>
    this.training.error() ? toApiError(this.training.error()) : null,
  );
}
