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
import { DomSanitizer } from '@angular/platform-browser';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, switchMap, takeWhile, timer } from 'rxjs';
import { IMPORT_COLUMNS, type ApiErrorBody, type ImportJob } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { MAX_IMPORT_BYTES, importPercent, importTemplateCsv } from './import-file';
import { ImportReport } from './import-report';
import { SessionsService } from './sessions.service';

/** How often a running import is asked for its progress. */
const POLL_MS = 700;

/** Reads a file as base64 (without the `data:` prefix) for the JSON body the API takes. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Bulk enrolment from a CSV or XLSX file, with progress while it runs and a per-row report. */
@Component({
  selector: 'app-enrolment-import',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, ErrorBanner, ImportReport],
  templateUrl: './enrolment-import.html',
  styleUrl: './enrolment-import.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolmentImport {
  private readonly service = inject(SessionsService);
  private readonly destroyRef = inject(DestroyRef);

  readonly sessionId = input.required<string>();
  /** Emitted when an import has finished, so the roster can be reloaded. */
  readonly finished = output<ImportJob>();

  protected readonly columns = IMPORT_COLUMNS;
  protected readonly templateHref = inject(DomSanitizer).bypassSecurityTrustUrl(
    // Built here from constants, never from user input.
    `data:text/csv;charset=utf-8,${encodeURIComponent(importTemplateCsv())}`,
  );
  protected readonly file = signal<File | null>(null);
  protected readonly job = signal<ImportJob | null>(null);
  protected readonly running = computed(() => this.job()?.status === 'running');
  protected readonly percent = computed(() => {
    const job = this.job();
    return job ? importPercent(job) : 0;
  });
  protected readonly starting = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  protected readonly tooBig = signal(false);
  protected readonly unreadable = signal(false);

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    this.tooBig.set(!!file && file.size > MAX_IMPORT_BYTES);
    this.file.set(file && file.size <= MAX_IMPORT_BYTES ? file : null);
    this.job.set(null);
    this.error.set(null);
  }

  protected async start(): Promise<void> {
    const file = this.file();
    if (!file) return;
    this.starting.set(true);
    this.error.set(null);
    this.unreadable.set(false);
    this.job.set(null);
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      // The browser could not read the file (moved, permissions): nothing was sent.
      this.starting.set(false);
      this.unreadable.set(true);
      return;
    }
    this.service
      .startImport(this.sessionId(), { fileName: file.name, contentBase64 })
      .pipe(finalize(() => this.starting.set(false)))
      .subscribe({
        next: (job) => {
          this.job.set(job);
          if (job.status === 'running') this.follow(job.id);
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }

  /** Asks for the job's progress until it stops running. */
  private follow(id: string): void {
    timer(POLL_MS, POLL_MS)
      .pipe(
        switchMap(() => this.service.importJob(id)),
        takeWhile((job) => job.status === 'running', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (job) => {
          this.job.set(job);
          if (job.status !== 'running') this.finished.emit(job);
        },
        error: (failure: unknown) => this.error.set(toApiError(failure)),
      });
  }
}
