import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import type { ActionItem, ApiErrorBody, CoachingTrackDetail } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { LanguageService } from '../core/language.service';
import { DayRangePipe } from '../programme-events/day-range.pipe';
import { ErrorBanner } from '../shared/error-banner';
import { CoachingService } from './coaching.service';
import { LogframeDraft } from './logframe-draft';
import { MeetingForm } from './meeting-form';
import { ShortDayPipe } from './short-day.pipe';
import { LoadState } from '../shared/load-state';

/** One coaching track: who is on it, its meetings with their action items, and the team's project draft. */
@Component({
  selector: 'app-coaching-track-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    LoadState,
    TranslatePipe,
    DayRangePipe,
    ShortDayPipe,
    ErrorBanner,
    LogframeDraft,
    MeetingForm,
  ],
  templateUrl: './coaching-track-page.html',
  styleUrl: './coaching-track-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoachingTrackPage {
  private readonly service = inject(CoachingService);
  private readonly auth = inject(AuthService);
  protected readonly locale = inject(LanguageService).locale;

  readonly id = input.required<string>();

  protected readonly track = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.get(params),
  });
  protected readonly loadError = computed(() => {
    const failure = this.track.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly busy = signal(false);
  protected readonly addingMeeting = signal(false);

  /** A team member ticks their own items; the mentor and coordinators any item. */
  protected canTick(track: CoachingTrackDetail, item: ActionItem): boolean {
    return track.myRole !== 'team' || item.ownerId === this.auth.currentPerson()?.id;
  }

  protected tick(item: ActionItem, done: boolean): void {
    this.run(this.service.setActionItemDone(this.id(), item.id, done));
  }

  protected meetingSaved(saved: CoachingTrackDetail): void {
    this.track.set(saved);
    this.addingMeeting.set(false);
  }

  /** Sends a change and shows the track as the server returns it. */
  protected run(change: Observable<CoachingTrackDetail>): void {
    this.busy.set(true);
    this.error.set(null);
    change.subscribe({
      next: (saved) => {
        this.track.set(saved);
        this.busy.set(false);
      },
      error: (failure: unknown) => {
        this.error.set(toApiError(failure));
        this.busy.set(false);
      },
    });
  }
}
