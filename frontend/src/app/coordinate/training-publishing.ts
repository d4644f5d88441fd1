import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable, filter, finalize } from 'rxjs';
import type { ApiErrorBody, TrainingDetail } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { confirmAction } from '../shared/confirm-dialog';
import { ErrorBanner } from '../shared/error-banner';
import { localise } from '../shared/localise';
import { TrainingsService } from './trainings.service';

/** A training's status with its publish / archive buttons, and the revisions its modules went through. */
@Component({
  selector: 'app-training-publishing',
  imports: [DatePipe, MatButtonModule, MatIconModule, TranslatePipe, ErrorBanner],
  templateUrl: './training-publishing.html',
  styleUrls: ['./coordinate-list.scss', './training-publishing.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingPublishing {
  private readonly service = inject(TrainingsService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly languageService = inject(LanguageService);
  protected readonly locale = this.languageService.locale;

  readonly training = input.required<TrainingDetail>();
  /** Unsaved changes in the form: publishing would publish the saved version, so it waits. */
  readonly dirty = input(false);
  readonly changed = output<TrainingDetail>();

  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected publish(): void {
    this.run(this.service.publish(this.training().id), 'trainings.publishedNotice');
  }

  protected archive(): void {
    const title = localise(this.training().title, this.languageService.current());
    confirmAction(this.dialog, {
      title: 'trainings.archiveTitle',
      message: 'trainings.archiveMessage',
      confirm: 'trainings.archive',
      params: { title },
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.run(this.service.archive(this.training().id), 'trainings.archivedNotice'));
  }

  private run(request: Observable<TrainingDetail>, doneKey: string): void {
    this.busy.set(true);
    this.error.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (training) => {
        this.changed.emit(training);
        const title = localise(training.title, this.languageService.current());
        this.snackBar.open(this.translate.instant(doneKey, { title }), undefined, { duration: 5000 });
      },
      error: (failure: unknown) => this.error.set(toApiError(failure)),
    });
  }
}
