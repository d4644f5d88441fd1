import { Signal, WritableSignal, computed, linkedSignal, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import type { PageEvent } from '@angular/material/paginator';
import { Observable, debounceTime, distinctUntilChanged, map } from 'rxjs';
import { DEFAULT_PAGE_SIZE, type ApiErrorBody, type Page } from '@atolye/shared';
import { toApiError } from '../core/api-error';

export interface PageQuery {
  page: number;
  pageSize: number;
}

/** What a table shows: the rows, whether they are loading, and what went wrong. */
export interface TableRows<T> {
  readonly items: Signal<T[]>;
  readonly loading: Signal<boolean>;
  readonly error: Signal<ApiErrorBody | null>;
}

/**
 * A server-paged list driven by signals: changing a filter goes back to the first page, and
 * the rows stay on screen while the next page loads. Create it in a component's field
 * initialiser (it needs the injection context).
 */
export class PagedList<T, F extends object> implements TableRows<T> {
  readonly pageSize = signal(DEFAULT_PAGE_SIZE);
  readonly pageIndex: WritableSignal<number>;
  /** The last page that arrived. */
  readonly page: Signal<Page<T> | undefined>;
  readonly items = computed(() => this.page()?.items ?? []);
  readonly total = computed(() => this.page()?.total ?? 0);
  readonly loading: Signal<boolean>;
  readonly error: Signal<ApiErrorBody | null>;
  // Counted into the params, so refresh() asks again even while a page is loading (a resource's
  // own reload() does nothing then).
  private readonly version = signal(0);

  constructor(filters: () => F, load: (query: F & PageQuery) => Observable<Page<T>>) {
    this.pageIndex = linkedSignal({ source: filters, computation: () => 0 });
    const resource = rxResource({
      params: () => ({
        query: { ...filters(), page: this.pageIndex() + 1, pageSize: this.pageSize() },
        version: this.version(),
      }),
      stream: ({ params }) => load(params.query),
    });
    this.page = linkedSignal<Page<T> | undefined, Page<T> | undefined>({
      source: () => (resource.hasValue() ? resource.value() : undefined),
      computation: (value, previous) => value ?? previous?.value,
    });
    this.loading = resource.isLoading;
    this.error = computed(() => {
      const failure = resource.error();
      return failure ? toApiError(failure) : null;
    });
  }

  changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  /** Asks for the page again after a change. */
  refresh(): void {
    this.version.update((v) => v + 1);
  }
}

/** A search box's text, trimmed and settled for a moment before it is searched for. */
export function searchText(control: FormControl<string>): Signal<string> {
  return toSignal(
    control.valueChanges.pipe(
      debounceTime(300),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: control.value.trim() },
  );
}
