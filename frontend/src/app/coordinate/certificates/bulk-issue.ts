import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, switchMap, takeWhile, timer } from 'rxjs';
import type { ApiErrorBody, CertificateJob } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { PercentTextPipe } from '../../shared/number-format.pipes';
import { ErrorBanner } from '../../shared/error-banner';
import { CertificatesService } from './certificates.service';
import { jobActive, jobPercent } from './job-progress';

/** How often a running job is asked for its progress. */
const POLL_MS = 700;

/** Issues every eligible person's certificate as a job, with progress while it runs and the result. */
@Component({
  selector: 'app-bulk-issue',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorBanner,
    PercentTextPipe,
  ],
  templateUrl: './bulk-issue.html',
  styleUrl: './bulk-issue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BulkIssue {
  private readonly service = inject(CertificatesService);
  private readonly destroyRef = inject(DestroyRef);

  readonly sessionId = input.required<string>();
  /** Eligible people without a valid certificate yet. */
  readonly waiting = input.required<number>();
  /** Emitted when the job has stopped, so the tables can be reloaded. */
  readonly finished = output<CertificateJob>();

  protected readonly job = signal<CertificateJob | null>(null);
  protected readonly active = computed(() => {
    const job = this.job();
    return !!job && jobActive(job);
  });
  protected readonly percent = computed(() => {
    const job = this.job();
    return job ? jobPercent(job) : 0;
  });
  protected readonly starting = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected start(): void {
    this.starting.set(true);
    this.error.set(null);
    this.job.set(null);
    this.service
      .startJob(this.sessionId())
      .pipe(finalize(() => this.starting.set(false)))
      .subscribe({
        next: (job) => {
          this.job.set(job);
          if (jobActive(job)) this.follow(job.id);
          else this.finished.emit(job);
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }

  /** Asks for the job's progress until it stops. */
  private follow(id: string): void {
    timer(POLL_MS, POLL_MS)
      .pipe(
        switchMap(() => this.service.job(id)),
        takeWhile(jobActive, true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (job) => {
          this.job.set(job);
          if (!jobActive(job)) this.finished.emit(job);
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
