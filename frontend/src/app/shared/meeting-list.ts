import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { Meeting } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { MeetingTimePipe, ZonedDatePipe } from './zoned-time.pipes';

/** A session's meetings: day and hours in the session's zone (and the reader's), topic and place. */
@Component({
  selector: 'app-meeting-list',
  imports: [MatIconModule, TranslatePipe, MeetingTimePipe, ZonedDatePipe],
  templateUrl: './meeting-list.html',
  styleUrl: './meeting-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingList {
  protected readonly language = inject(LanguageService).current;

  readonly meetings = input.required<Meeting[]>();
  /** The session's IANA zone, in which its meetings are shown. */
  readonly timeZone = input.required<string>();
  /** Shown when a meeting has no place of its own (the session's venue or link). */
  readonly defaultPlace = input<string | null>(null);
}
