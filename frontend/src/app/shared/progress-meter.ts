import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { Progress } from '@atolye/shared';

/** Lessons completed out of all, as a bar with the numbers beside it. */
@Component({
  selector: 'app-progress-meter',
  imports: [MatProgressBarModule, TranslatePipe],
  templateUrl: './progress-meter.html',
  styleUrl: './progress-meter.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgressMeter {
  readonly progress = input.required<Progress>();
  /** Translation key naming what the bar measures, for screen readers. */
  readonly label = input('progress.label');
  /** Only "3/12" beside the bar, for tables; screen readers still hear the full sentence. */
  readonly compact = input(false);
}
