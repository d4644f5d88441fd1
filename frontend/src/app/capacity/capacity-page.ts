import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize, type Observable } from 'rxjs';
import {
  CAPACITY_ROUNDS,
  type ApiErrorBody,
  type CapacityAnswers,
  type CapacityRound,
  type OrganisationCapacity,
} from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { LocalisedPipe } from '../shared/localised';
import { CapacityResults } from './capacity-results';
import { CapacityRoundForm } from './capacity-round-form';
import { CapacityService } from './capacity.service';
import { ScoreTextPipe } from './score-text.pipe';
import { LoadState } from '../shared/load-state';

/**
 * An organisation's capacity self-assessment: its baseline and endline rounds, the round being
 * taken, and the results. A focal person's own organisation (`/organisations/mine/capacity`) or
 * any organisation for coordinators (`/organisations/:id/capacity`); the server checks whose.
 */
@Component({
  selector: 'app-capacity-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    LoadState,
    TranslatePipe,
    LocalisedPipe,
    ErrorBanner,
    CapacityRoundForm,
    CapacityResults,
    ScoreTextPipe,
  ],
  templateUrl: './capacity-page.html',
  styleUrl: './capacity-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityPage {
  private readonly service = inject(CapacityService);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService).current;
  protected readonly locale = inject(LanguageService).locale;

  /** From the address; absent on "my organisation", which is the signed-in person's own. */
  readonly id = input<string>();
  protected readonly organisationId = computed(
    () => this.id() ?? this.auth.currentPerson()?.organisation?.id,
  );
  protected readonly coordinating = computed(() => this.auth.can('reports.read'));
  protected readonly rounds = CAPACITY_ROUNDS;

  protected readonly capacity = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.service.ofOrganisation(params),
  });
  protected readonly loadError = computed(() =>
    this.capacity.error() ? toApiError(this.capacity.error()) : null,
  );
  /** The round whose questions are open on the page. */
  protected readonly open = signal<CapacityRound | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected roundOf(capacity: OrganisationCapacity, round: CapacityRound) {
    return round === 'baseline' ? capacity.baseline : capacity.endline;
  }

  /** The endline opens once the baseline is submitted. */
  protected canTake(capacity: OrganisationCapacity, round: CapacityRound): boolean {
    return round === 'baseline' || capacity.baseline?.status === 'submitted';
  }

  protected saveDraft(round: CapacityRound, answers: CapacityAnswers): void {
    this.send(
      this.service.saveDraft(this.organisationId() as string, round, answers),
      'capacity.draftSaved',
      false,
    );
  }

  protected submit(round: CapacityRound, answers: CapacityAnswers): void {
    this.send(
      this.service.submit(this.organisationId() as string, round, answers),
      'capacity.submitted',
      true,
    );
  }

  private send(request: Observable<OrganisationCapacity>, message: string, close: boolean): void {
    this.busy.set(true);
    this.error.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (saved) => {
        this.capacity.set(saved);
        if (close) this.open.set(null);
        this.snackBar.open(this.translate.instant(message), undefined, { duration: 4000 });
      },
      error: (failure: unknown) => this.error.set(toApiError(failure)),
    });
  }
}
