import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { TraineeHome } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { LocalisedPipe } from '../shared/localised';
import { MeetingTimePipe, ZonedMomentPipe } from '../shared/zoned-time.pipes';

/** A trainee's "what now": today's meetings with check-in, lessons, tests, evaluations, certificates. */
@Component({
  selector: 'app-trainee-now',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    TranslatePipe,
    LocalisedPipe,
    MeetingTimePipe,
    ZonedMomentPipe,
    DatePipe,
  ],
  templateUrl: './trainee-now.html',
  styleUrl: './now.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TraineeNow {
  readonly home = input.required<TraineeHome>();
  private readonly languages = inject(LanguageService);
  protected readonly language = this.languages.current;
  protected readonly locale = this.languages.locale;
  protected readonly empty = computed(() => {
    const h = this.home();
    return (
      h.meetingsToday.length +
        h.nextLessons.length +
        h.openQuizzes.length +
        h.evaluationsDue.length +
        h.followUpsDue.length +
        h.certificates.length ===
      0
    );
  });
}
