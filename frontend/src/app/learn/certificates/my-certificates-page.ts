import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { LocalisedPipe } from '../../shared/localised';
import { CertificateStatusChip } from '../../verify/certificate-status';
import { MyCertificatesService } from './my-certificates.service';
import { LoadState } from '../../shared/load-state';

/** The trainee's certificates, valid ones first: download the PDF, or see what a verifier sees. */
@Component({
  selector: 'app-my-certificates-page',
  imports: [
    LoadState,
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    LocalisedPipe,
    CertificateStatusChip,
  ],
  templateUrl: './my-certificates-page.html',
  styleUrl: './my-certificates-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCertificatesPage {
  protected readonly service = inject(MyCertificatesService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;

  protected readonly certificates = rxResource({ stream: () => this.service.mine() });
  protected readonly items = computed(() =>
    (this.certificates.hasValue() ? [...this.certificates.value()] : []).sort(
      (a, b) =>
        Number(b.status === 'valid') - Number(a.status === 'valid') || b.issuedAt.localeCompare(a.issuedAt),
    ),
  );
  protected readonly loadError = computed(() =>
    this.certificates.error() ? toApiError(this.certificates.error()) : null,
  );
}
