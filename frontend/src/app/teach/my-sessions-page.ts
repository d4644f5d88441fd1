import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { SessionDetail } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { LocalisedPipe } from '../shared/localised';
import { MeetingList } from '../shared/meeting-list';
import { TeachingService } from './teaching.service';
import { LoadState } from '../shared/load-state';

/** How many coming meetings each session card shows. */
const UPCOMING = 3;

/** The sessions the trainer teaches, each with its coming meetings and a way to its roster. */
@Component({
  selector: 'app-my-sessions-page',
  imports: [
    LoadState,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    LocalisedPipe,
    MeetingList,
  ],
  templateUrl: './my-sessions-page.html',
  styleUrl: './my-sessions-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MySessionsPage {
  private readonly service = inject(TeachingService);
  protected readonly language = inject(LanguageService).current;

  protected readonly sessions = rxResource({ stream: () => this.service.mySessions() });
  protected readonly error = computed(() =>
    this.sessions.error() ? toApiError(this.sessions.error()) : null,
  );
  /** Sessions with meetings still to come first; each with only its next few meetings. */
  protected readonly items = computed(() => {
    const now = new Date().toISOString();
    const list = (this.sessions.hasValue() ? this.sessions.value() : []).map((session: SessionDetail) => {
      const upcoming = session.meetings.filter((m) => m.endsAt >= now);
      return {
        session,
        upcoming: upcoming.slice(0, UPCOMING),
        more: Math.max(0, upcoming.length - UPCOMING),
      };
    });
    return list.sort((a, b) => Number(b.upcoming.length > 0) - Number(a.upcoming.length > 0));
  });
}
