import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateSummary } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { CertificateStatusChip } from '../../verify/certificate-status';
import { certificateLinks } from './certificates.service';
import { ScrollRegion } from '../../shared/scroll-region';

/** The session's certificates, newest first: download, revoke, or re-issue under a corrected name. */
@Component({
  selector: 'app-issued-certificates',
  imports: [
    ScrollRegion,
    DatePipe,
    MatTableModule,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    CertificateStatusChip,
  ],
  templateUrl: './issued-certificates.html',
  styleUrl: './issued-certificates.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IssuedCertificates {
  protected readonly locale = inject(LanguageService).locale;

  readonly certificates = input.required<CertificateSummary[]>();
  /** The certificate being changed, if any. */
  readonly busy = input<string | null>(null);
  readonly revoke = output<CertificateSummary>();
  readonly reissue = output<CertificateSummary>();

  protected readonly columns = ['holder', 'issued', 'status', 'actions'];
  protected readonly pdfHref = certificateLinks.pdf;
}
