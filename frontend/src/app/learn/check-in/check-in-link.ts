import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Meeting } from '@atolye/shared';
import { localDate } from '../../shared/date-time';

/** "Check in" on a My learning card, on the day of the meeting until it ends. */
@Component({
  selector: 'app-check-in-link',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './check-in-link.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInLink {
  readonly meeting = input.required<Meeting>();

  protected readonly today = computed(() => {
    const meeting = this.meeting();
    const now = new Date();
    return localDate(meeting.startsAt) === localDate(now) && Date.parse(meeting.endsAt) > now.getTime();
  });
}
