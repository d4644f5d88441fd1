import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateVerification } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { LocalisedPipe } from '../shared/localised';

/** What anyone may learn about a certificate: valid (green) or revoked (red, with the date), and its facts. */
@Component({
  selector: 'app-verification-result',
  imports: [DatePipe, MatIconModule, TranslatePipe, LocalisedPipe],
  templateUrl: './verification-result.html',
  styleUrl: './verification-result.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerificationResult {
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;

  readonly verification = input.required<CertificateVerification>();
}
