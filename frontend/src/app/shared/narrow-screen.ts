import { BreakpointObserver } from '@angular/cdk/layout';
import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** Below this width a table shows its short set of columns. */
export const NARROW_SCREEN_QUERY = '(max-width: 719.98px)';

/**
 * Whether the screen is narrow right now. Call it in a field initialiser (it needs the
 * injection context).
 */
export function narrowScreen(query = NARROW_SCREEN_QUERY): Signal<boolean> {
  return toSignal(
    inject(BreakpointObserver)
      .observe(query)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
}
