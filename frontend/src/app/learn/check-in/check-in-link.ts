import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Meeting } from '@atolye/shared';

/**
 * "Check in" on a My learning card, on the day of the meeting until it ends. The server says
 * whether it is that day, in the session's zone (MyEnrolment.nextMeetingToday).
 */
@Component({
  selector: 'app-check-in-link',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './check-in-link.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInLink {
  readonly meeting = input.required<Meeting>();
  readonly today = input.required<boolean>();
}
