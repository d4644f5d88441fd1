import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import type { EnrolmentCompletion } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { CertificateStatusChip } from '../../verify/certificate-status';
import { certificateLinks } from './certificates.service';
import { attemptsLeftKey, criterionKey, criterionLabel } from './criterion';
import { ScrollRegion } from '../../shared/scroll-region';
import { NumberTextPipe } from '../../shared/number-format.pipes';
import { PluralPipe } from '../../shared/plural.pipe';

/** Everyone in the session, each completion criterion met or not with its figures, and what can be done. */
@Component({
  selector: 'app-completion-table',
  imports: [
    PluralPipe,
    ScrollRegion,
    NumberTextPipe,
    MatTableModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    CertificateStatusChip,
  ],
  templateUrl: './completion-table.html',
  styleUrl: './completion-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompletionTable {
  protected readonly language = inject(LanguageService).current;
  protected readonly criterionLabel = criterionLabel;

  readonly rows = input.required<EnrolmentCompletion[]>();
  /** The enrolment whose certificate is being issued, if any. */
  readonly busy = input<string | null>(null);
  /** Issue this person's certificate (the page asks for a reason when a criterion is not met). */
  readonly issue = output<EnrolmentCompletion>();

  protected readonly columns = ['person', 'criteria', 'outcome', 'actions'];
  protected readonly criterionKey = criterionKey;
  protected readonly attemptsLeftKey = attemptsLeftKey;
  protected readonly previewHref = certificateLinks.preview;
}
