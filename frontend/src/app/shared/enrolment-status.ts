import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { EnrolmentStatus } from '@atolye/shared';

/** An enrolment's status as a small coloured label; the waiting list shows the position. */
@Component({
  selector: 'app-enrolment-status',
  imports: [TranslatePipe],
  templateUrl: './enrolment-status.html',
  styleUrl: './enrolment-status.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnrolmentStatusChip {
  readonly status = input.required<EnrolmentStatus>();
  readonly position = input<number | null>(null);
}
