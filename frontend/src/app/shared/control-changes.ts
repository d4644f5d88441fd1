import { ChangeDetectorRef, DestroyRef, Signal, inject } from '@angular/core';
import { toObservable, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { switchMap } from 'rxjs';

/**
 * An OnPush component showing a control it was given (its errors, its touched state) must be
 * re-checked when the form around it changes that control, e.g. when a submit marks every
 * field as touched. Call in the constructor.
 */
export function checkOnControlEvents(control: Signal<AbstractControl>): void {
  const changeDetector = inject(ChangeDetectorRef);
  toObservable(control)
    .pipe(
      switchMap((c) => c.events),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe(() => changeDetector.markForCheck());
}
