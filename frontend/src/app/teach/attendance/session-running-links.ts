import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionCalendarLink } from '../../profile/calendar/session-calendar-link';

/**
 * On a session's page (trainer's or coordinator's): the ways into running it — the attendance
 * sheet (with the check-in display), the participants' evaluations and the session's calendar file.
 */
@Component({
  selector: 'app-session-running-links',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, SessionCalendarLink],
  templateUrl: './session-running-links.html',
  styleUrl: './session-running-links.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionRunningLinks {
  readonly sessionId = input.required<string>();
}
