import { DestroyRef, Directive, ElementRef, afterNextRender, inject, input, signal } from '@angular/core';

/**
 * A box that scrolls sideways when its table is wider than the screen. While it overflows it takes
 * the keyboard focus, so the hidden columns can be reached with the arrow keys (WCAG 2.1.1); when
 * everything fits it is no extra tab stop. `[appScrollRegion]="false"` leaves the box out of the
 * tab order for a component that places the box for every page but not every page wants it.
 */
@Directive({
  selector: '[appScrollRegion]',
  host: { '[attr.tabindex]': 'overflowing() && appScrollRegion() !== false ? 0 : null' },
})
export class ScrollRegion {
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  readonly appScrollRegion = input<boolean | ''>('');
  protected readonly overflowing = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const measure = () => this.overflowing.set(this.element.scrollWidth > this.element.clientWidth);
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(this.element);
      // The table inside grows as rows arrive, without the box itself changing size.
      const content = this.element.firstElementChild;
      if (content) observer.observe(content);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
