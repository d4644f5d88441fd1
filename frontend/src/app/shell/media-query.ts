import { DOCUMENT } from '@angular/common';
import { DestroyRef, type Signal, inject, signal } from '@angular/core';

/**
 * Whether a media query matches, kept current as the window changes. The browser's own
 * `matchMedia` rather than the CDK's breakpoint observer, which the first page does without.
 * Call in an injection context.
 */
export function mediaQuery(query: string): Signal<boolean> {
  const media = inject(DOCUMENT).defaultView?.matchMedia?.(query);
  const matches = signal(media?.matches ?? false);
  if (media) {
    const changed = (event: MediaQueryListEvent) => matches.set(event.matches);
    media.addEventListener('change', changed);
    inject(DestroyRef).onDestroy(() => media.removeEventListener('change', changed));
  }
  return matches.asReadonly();
}
