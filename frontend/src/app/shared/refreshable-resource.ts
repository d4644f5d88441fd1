import { Signal, computed, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import type { ApiErrorBody } from '@atolye/shared';
import { toApiError } from '../core/api-error';

export interface RefreshableResource<T> {
  /** The last answer; while a request asked by `refresh()` loads, still the one before it. */
  readonly value: Signal<T | undefined>;
  readonly hasValue: Signal<boolean>;
  readonly isLoading: Signal<boolean>;
  readonly error: Signal<ApiErrorBody | null>;
  /** Asks again after a change, even while a request is under way. */
  refresh(): void;
}

/**
 * Data a page asks for again after the user changes it. A resource's `reload()` does nothing
 * while a request is under way, so a change made then could leave the page on the answer from
 * before it; here a version counted in the params starts a new request every time (dropping the
 * one under way). Meanwhile the last answer stays, as with `reload()`, so what the page built
 * on it (an open form, a message) is not torn down and rebuilt. When the params themselves
 * change, the value is cleared as a resource's is. Create it in a field initialiser.
 */
export function refreshableResource<T, P = null>(options: {
  params?: () => P;
  stream: (params: P) => Observable<T>;
}): RefreshableResource<T> {
  const asked = computed(options.params ?? (() => null as P));
  const version = signal(0);
  const resource = rxResource({
    params: () => ({ asked: asked(), version: version() }),
    stream: ({ params }) => options.stream(params.asked),
  });
  const value = linkedSignal({
    source: () => ({
      asked: asked(),
      answer: resource.hasValue() ? resource.value() : undefined,
      loading: resource.isLoading(),
    }),
    computation: (now, before): T | undefined =>
      now.answer === undefined && now.loading && before?.source.asked === now.asked
        ? before.value
        : now.answer,
  });
  return {
    value,
    hasValue: computed(() => value() !== undefined),
    isLoading: resource.isLoading,
    error: computed(() => {
      const failure = resource.error();
      return failure ? toApiError(failure) : null;
    }),
    refresh: () => version.update((v) => v + 1),
  };
}
