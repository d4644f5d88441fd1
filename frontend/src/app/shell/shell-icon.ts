import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * An icon of the toolbar or the navigation, drawn inline like `<mat-icon>` draws it but without
 * the icon registry, which the first page does without. Always decorative: the control it sits
 * in carries the name.
 */
@Component({
  selector: 'app-shell-icon',
  template: `<svg viewBox="0 0 24 24" focusable="false" aria-hidden="true"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host {
      display: inline-block;
      flex: 0 0 auto;
      width: 24px;
      height: 24px;
      line-height: 0;
    }
    svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
  `,
  host: { 'aria-hidden': 'true' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShellIcon {
  /** The SVG path data (24 × 24). */
  readonly path = input.required<string>();
}
