import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, CatalogueSession, EnrolmentStatus } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ZonedDatePipe, ZonedMomentPipe } from '../shared/zoned-time.pipes';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { EnrolmentStatusChip } from '../shared/enrolment-status';
import { ErrorBanner } from '../shared/error-banner';
import { LearningService } from './learning.service';

/** What enrolling in one session came to, kept to say so beside it. */
interface Outcome {
  status: EnrolmentStatus;
  waitlistPosition: number | null;
}

/** The sessions of a training in the catalogue, each with its enrol button or the caller's status. */
@Component({
  selector: 'app-catalogue-sessions',
  imports: [
    ZonedDatePipe,
    ZonedMomentPipe,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslatePipe,
    CountryNamePipe,
    EnrolmentStatusChip,
    ErrorBanner,
  ],
  templateUrl: './catalogue-sessions.html',
  styleUrl: './catalogue-sessions.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogueSessions {
  private readonly service = inject(LearningService);
  private readonly languageService = inject(LanguageService);
  protected readonly locale = this.languageService.locale;
  protected readonly language = this.languageService.current;

  readonly sessions = input.required<CatalogueSession[]>();
  /** A session someone came to apply for (from the public catalogue): shown marked and scrolled to. */
  readonly highlight = input<string | null>(null);
  /** Shown (and updated after enrolling) instead of the input, so seats and status stay current. */
  protected readonly shown = linkedSignal(() => this.sessions());
  protected readonly outcomes = signal<Partial<Record<string, Outcome>>>({});
  protected readonly errors = signal<Partial<Record<string, ApiErrorBody>>>({});
  protected readonly busy = signal<string | null>(null);

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    // Once per chosen session, so enrolling afterwards does not move the focus again.
    let reached: string | null = null;
    afterRenderEffect(() => {
      const id = this.highlight();
      if (!id || id === reached || !this.shown().some((s) => s.id === id)) return;
      reached = id;
      const heading = host.nativeElement.querySelector<HTMLElement>(`#session-${CSS.escape(id)} h3`);
      heading?.scrollIntoView({ block: 'center' });
      heading?.focus();
    });
  }

  protected enrol(session: CatalogueSession): void {
    this.busy.set(session.id);
    this.errors.update(({ [session.id]: _, ...rest }) => rest);
    this.service
      .enrol(session.id)
      .pipe(finalize(() => this.busy.set(null)))
      .subscribe({
        next: (enrolment) => {
          this.outcomes.update((all) => ({
            ...all,
            [session.id]: { status: enrolment.status, waitlistPosition: enrolment.waitlistPosition },
          }));
          this.shown.update((list) =>
            list.map((s) =>
              s.id === session.id
                ? {
                    ...s,
                    myStatus: enrolment.status,
                    seatsLeft: enrolment.status === 'enrolled' ? Math.max(0, s.seatsLeft - 1) : s.seatsLeft,
                  }
                : s,
            ),
          );
        },
        error: (failure: unknown) =>
          this.errors.update((all) => ({ ...all, [session.id]: toApiError(failure) })),
      });
  }

  protected status(session: CatalogueSession): EnrolmentStatus | null {
    return (this.outcomes()[session.id]?.status ?? session.myStatus) as EnrolmentStatus | null;
  }

  protected actionKey(session: CatalogueSession): string {
    if (session.enrolmentPolicy === 'approval') return 'catalogue.apply';
    return session.seatsLeft > 0 ? 'catalogue.enrol' : 'catalogue.joinWaitlist';
  }
}
