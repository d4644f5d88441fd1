import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CoachingPerson } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { DayRangePipe } from '../programme-events/day-range.pipe';
import { CoachingService } from './coaching.service';
import { LoadState } from '../shared/load-state';

/** The coaching tracks a person mentors or is coached on. */
@Component({
  selector: 'app-my-coaching-page',
  imports: [RouterLink, MatCardModule, TranslatePipe, DayRangePipe, LoadState],
  templateUrl: './my-coaching-page.html',
  styleUrl: './coaching.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCoachingPage {
  private readonly service = inject(CoachingService);
  protected readonly locale = inject(LanguageService).locale;
  protected readonly tracks = rxResource({ stream: () => this.service.mine() });
  protected readonly error = computed(() => {
    const failure = this.tracks.error();
    return failure ? toApiError(failure) : null;
  });

  protected teamNames(team: CoachingPerson[]): string {
    return team.map((p) => p.fullName).join(', ');
  }
}
