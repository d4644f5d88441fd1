import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A thin bar that moves while something loads. With `keepSpace` its line stays reserved when
 * nothing loads, so the page does not jump as the bar comes and goes; without, the element
 * leaves no box of its own, so a flex or grid parent's gaps stay as they were.
 */
@Component({
  selector: 'app-loading-bar',
  imports: [MatProgressBarModule, TranslatePipe],
  template: `@if (loading()) {
    <mat-progress-bar mode="indeterminate" [attr.aria-label]="label() | translate" />
  }`,
  host: { '[class.keep-space]': 'keepSpace()' },
  styles: `
    :host {
      display: contents;
    }
    :host(.keep-space) {
      display: block;
      height: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingBar {
  readonly loading = input.required<boolean>();
  /** Translation key of the bar's accessible name. */
  readonly label = input('common.loading');
  readonly keepSpace = input(false);
}
