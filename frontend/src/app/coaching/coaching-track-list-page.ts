import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CoachingPerson } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { DayRangePipe } from '../programme-events/day-range.pipe';
import { ScrollRegion } from '../shared/scroll-region';
import { CoachingService } from './coaching.service';
import { LoadState } from '../shared/load-state';

/** Every coaching track of the programme, newest start first, for coordinators. */
@Component({
  selector: 'app-coaching-track-list-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, DayRangePipe, LoadState, ScrollRegion],
  templateUrl: './coaching-track-list-page.html',
  styleUrl: './coaching.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoachingTrackListPage {
  private readonly service = inject(CoachingService);
  protected readonly locale = inject(LanguageService).locale;
  protected readonly tracks = rxResource({ stream: () => this.service.list() });
  protected readonly error = computed(() => {
    const failure = this.tracks.error();
    return failure ? toApiError(failure) : null;
  });

  protected teamNames(team: CoachingPerson[]): string {
    return team.map((p) => p.fullName).join(', ');
  }
}
