import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { HttpStatusCode } from '@angular/common/http';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable, filter, finalize } from 'rxjs';
import type { ApiErrorBody, CertificateSummary, EnrolmentCompletion } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { refreshableResource } from '../../shared/refreshable-resource';
import { SessionsService } from '../sessions.service';
import { BulkIssue } from './bulk-issue';
import { CertificatesService, certificateLinks } from './certificates.service';
import { CompletionTable } from './completion-table';
import { IssuedCertificates } from './issued-certificates';
import { ReasonDialogData, ReasonDialogResult, askReason } from './reason-dialog';
import { LoadingBar } from '../../shared/loading-bar';

/** The API's fewest characters for each reason. */
const MIN_OVERRIDE_REASON = 10;
const MIN_CHANGE_REASON = 5;

/** A session's certificates: who completed it and why not, issuing one or all, revoking and re-issuing. */
@Component({
  selector: 'app-certificates-page',
  imports: [
    LoadingBar,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    ErrorBanner,
    BulkIssue,
    CompletionTable,
    IssuedCertificates,
  ],
  templateUrl: './certificates-page.html',
  styleUrl: './certificates-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificatesPage {
  private readonly service = inject(CertificatesService);
  private readonly sessions = inject(SessionsService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  readonly id = input.required<string>();

  protected readonly session = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.sessions.get(params),
  });
  protected readonly completion = refreshableResource({
    params: () => this.id(),
    stream: (id) => this.service.completion(id),
  });
  protected readonly certificates = refreshableResource({
    params: () => this.id(),
    stream: (id) => this.service.ofSession(id),
  });

  protected readonly rows = computed(() => this.completion.value() ?? []);
  protected readonly eligible = computed(() => this.rows().filter((r) => r.eligible).length);
  /** Eligible people the bulk job would issue to: those without a valid certificate yet. */
  protected readonly waiting = computed(
    () => this.rows().filter((r) => r.eligible && r.certificate?.status !== 'valid').length,
  );
  protected readonly issued = computed(() =>
    [...(this.certificates.value() ?? [])].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)),
  );
  protected readonly anyValid = computed(() => this.issued().some((c) => c.status === 'valid'));
  protected readonly zipHref = computed(() => certificateLinks.zip(this.id()));
  protected readonly loadError = computed(() => {
    const failure = this.session.error();
    return failure ? toApiError(failure) : (this.completion.error() ?? this.certificates.error());
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected refresh(): void {
    this.completion.refresh();
    this.certificates.refresh();
  }

  /**
   * Issues straight away when the person is eligible; otherwise (or when the server finds a
   * criterion unmet) asks for the reason to issue anyway.
   */
  protected issue(row: EnrolmentCompletion): void {
    if (!row.eligible) {
      this.issueAnyway(row);
      return;
    }
    this.run(row.enrolmentId, this.service.issue({ enrolmentId: row.enrolmentId }), (failure) => {
      if (failure.statusCode !== HttpStatusCode.UnprocessableEntity) return false;
      this.issueAnyway(row, failure.message);
      return true;
    });
  }

  private issueAnyway(row: EnrolmentCompletion, detail?: string): void {
    this.ask({
      title: 'certificates.override.title',
      message: 'certificates.override.message',
      confirm: 'certificates.override.confirm',
      params: { name: row.fullName },
      detail,
      minLength: MIN_OVERRIDE_REASON,
    }).subscribe(({ reason }) =>
      this.run(row.enrolmentId, this.service.issue({ enrolmentId: row.enrolmentId, overrideReason: reason })),
    );
  }

  protected revoke(certificate: CertificateSummary): void {
    this.ask({
      title: 'certificates.revoke.title',
      message: 'certificates.revoke.message',
      confirm: 'certificates.revoke.confirm',
      params: { name: certificate.holderName, serial: certificate.serial },
      minLength: MIN_CHANGE_REASON,
    }).subscribe(({ reason }) => this.run(certificate.id, this.service.revoke(certificate.id, reason)));
  }

  protected reissue(certificate: CertificateSummary): void {
    this.ask({
      title: 'certificates.reissue.title',
      message: 'certificates.reissue.message',
      confirm: 'certificates.reissue.confirm',
      params: { serial: certificate.serial },
      minLength: MIN_CHANGE_REASON,
      holderName: certificate.holderName,
    }).subscribe(({ reason, holderName }) =>
      this.run(certificate.id, this.service.reissue(certificate.id, { holderName, reason })),
    );
  }

  private ask(data: ReasonDialogData): Observable<ReasonDialogResult> {
    return askReason(this.dialog, this.injector, data).pipe(
      filter((answer): answer is ReasonDialogResult => !!answer),
    );
  }

  /**
   * Runs one change, then reloads both tables and says what was done. `handled` may take a
   * failure over (and return true) instead of showing it.
   */
  private run(
    busyId: string,
    request: Observable<CertificateSummary>,
    handled: (failure: ApiErrorBody) => boolean = () => false,
  ): void {
    this.busy.set(busyId);
    this.error.set(null);
    request.pipe(finalize(() => this.busy.set(null))).subscribe({
      next: (certificate) => this.done(certificate),
      error: (failure: unknown) => {
        const body = toApiError(failure);
        if (!handled(body)) this.error.set(body);
        // Someone else may have issued or revoked meanwhile: show the tables as they are now.
        if (body.statusCode === HttpStatusCode.Conflict) this.refresh();
      },
    });
  }

  private done(certificate: CertificateSummary): void {
    const key = certificate.status === 'revoked' ? 'certificates.revoked' : 'certificates.issuedTo';
    this.snackBar.open(
      this.translate.instant(key, { name: certificate.holderName, serial: certificate.serial }),
      undefined,
      { duration: 5000 },
    );
    this.refresh();
  }
}
