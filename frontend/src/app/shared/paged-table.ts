import {
  AfterContentInit,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  input,
  viewChild,
} from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorBanner } from './error-banner';
import { LoadingBar } from './loading-bar';
import { PagedList, type TableRows } from './paged-list';
import { ScrollRegion } from './scroll-region';

/**
 * A table of rows: the error banner, a loading bar, the rows, an empty row that says "loading"
 * or the page's own "none" text, and, for a server-paged list, the paginator. The page declares
 * its columns (`matColumnDef`) inside the element and names the ones to show in `columns`.
 */
@Component({
  selector: 'app-paged-table',
  imports: [MatTableModule, MatPaginatorModule, TranslatePipe, ErrorBanner, LoadingBar, ScrollRegion],
  templateUrl: './paged-table.html',
  styleUrl: './paged-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagedTable<T> implements AfterContentInit {
  /** A `PagedList` gets the paginator; other rows (a list loaded whole) are shown all at once. */
  readonly list = input.required<TableRows<T>>();
  readonly columns = input.required<string[]>();
  /** Translation key of the table's accessible name. */
  readonly label = input.required<string>();
  /** Translation key of the row shown when the list is empty. */
  readonly emptyText = input.required<string>();
  /** Whether the box takes the keyboard focus when the table overflows it sideways. */
  readonly scrollRegion = input(true);
  readonly pageSizeOptions = input([10, 20, 50, 100]);
  /**
   * Whether the table shows the list's error and loading bar itself: not where the page shows
   * them once above everything the list feeds (a map, charts and the table).
   */
  readonly withLoadState = input(true);
  /** Rows it holds true for are highlighted, such as the ones a picker has chosen. */
  readonly selected = input<(row: T) => boolean>(() => false);

  protected readonly paged = computed(() => {
    const list = this.list();
    return list instanceof PagedList ? list : null;
  });
  private readonly table = viewChild.required(MatTable);
  private readonly columnDefs = contentChildren(MatColumnDef);

  // The columns are declared in the page's template, so the table learns of them here rather
  // than from its own content.
  ngAfterContentInit(): void {
    for (const column of this.columnDefs()) this.table().addColumnDef(column);
  }
}
