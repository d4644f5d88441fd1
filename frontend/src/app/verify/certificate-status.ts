import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateStatus } from '@atolye/shared';

/** "Valid" in green or "Revoked" in red, with an icon so colour is not the only sign. */
@Component({
  selector: 'app-certificate-status',
  imports: [MatIconModule, TranslatePipe],
  templateUrl: './certificate-status.html',
  styleUrl: './certificate-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateStatusChip {
  readonly status = input.required<CertificateStatus>();
}
