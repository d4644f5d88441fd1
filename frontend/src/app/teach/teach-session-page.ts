import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../core/api-error';
import { RosterTable } from '../shared/roster-table';
import { SessionCards } from '../shared/session-cards';
import { SessionRunningLinks } from './attendance/session-running-links';
import { TeachingService } from './teaching.service';
import { LoadState } from '../shared/load-state';

/** One session a trainer teaches: details, meetings and the roster with each trainee's progress. */
@Component({
  selector: 'app-teach-session-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    LoadState,
    RosterTable,
    SessionCards,
    SessionRunningLinks,
  ],
  templateUrl: './teach-session-page.html',
  styleUrl: './teach-session-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeachSessionPage {
  private readonly service = inject(TeachingService);

  readonly id = input.required<string>();

  protected readonly session = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.session(params),
  });
  protected readonly roster = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.roster(params),
  });
  protected readonly error = computed(() => {
    const failure = this.session.error() ?? this.roster.error();
    return failure ? toApiError(failure) : null;
  });
}
