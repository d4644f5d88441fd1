import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { Meeting } from '@atolye/shared';
import { LanguageService } from '../core/language.service';

/** The browser's time zone, named so nobody wonders whose 09:30 it is. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A session's meetings: day, time span in the viewer's time zone, topic and place. */
@Component({
  selector: 'app-meeting-list',
  imports: [DatePipe, MatIconModule, TranslatePipe],
  templateUrl: './meeting-list.html',
  styleUrl: './meeting-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingList {
  protected readonly locale = inject(LanguageService).locale;
  protected readonly timeZone = TIME_ZONE;

  readonly meetings = input.required<Meeting[]>();
  /** Shown when a meeting has no place of its own (the session's venue or link). */
  readonly defaultPlace = input<string | null>(null);
}
