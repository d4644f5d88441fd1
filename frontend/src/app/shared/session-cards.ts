import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';
import type { SessionDetail } from '@atolye/shared';
import { MeetingList } from './meeting-list';
import { SessionFacts } from './session-facts';

/** A session's details and its meetings, as two cards of the page's grid (the host leaves no box). */
@Component({
  selector: 'app-session-cards',
  imports: [MatCardModule, TranslatePipe, MeetingList, SessionFacts],
  templateUrl: './session-cards.html',
  styleUrl: './session-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionCards {
  readonly session = input.required<SessionDetail>();
}
