import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { sessionCalendarUrl } from './calendar.service';

/** Downloads a session's meetings as an .ics file, to add them to a calendar program. */
@Component({
  selector: 'app-session-calendar-link',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './session-calendar-link.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionCalendarLink {
  readonly sessionId = input.required<string>();

  protected readonly url = computed(() => sessionCalendarUrl(this.sessionId()));
}
