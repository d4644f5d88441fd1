import {
  AfterContentInit,
  ChangeDetectionStrategy,
  Component,
  contentChildren,
  input,
  viewChild,
} from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatColumnDef, MatTable, MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorBanner } from './error-banner';
import { LoadingBar } from './loading-bar';
import type { PagedList } from './paged-list';
import { ScrollRegion } from './scroll-region';

/**
 * A server-paged table: the error banner, a loading bar, the rows, an empty row that says
 * "loading" or the page's own "none" text, and the paginator. The page declares its columns
 * (`matColumnDef`) inside the element and names the ones to show in `columns`.
 */
@Component({
  selector: 'app-paged-table',
  imports: [MatTableModule, MatPaginatorModule, TranslatePipe, ErrorBanner, LoadingBar, ScrollRegion],
  templateUrl: './paged-table.html',
  styleUrl: './paged-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PagedTable<T> implements AfterContentInit {
  readonly list = input.required<PagedList<T, object>>();
  readonly columns = input.required<string[]>();
  /** Translation key of the table's accessible name. */
  readonly label = input.required<string>();
  /** Translation key of the row shown when the list is empty. */
  readonly emptyText = input.required<string>();
  /** Whether the box takes the keyboard focus when the table overflows it sideways. */
  readonly scrollRegion = input(true);

  protected readonly pageSizeOptions = [10, 20, 50, 100];
  private readonly table = viewChild.required(MatTable);
  private readonly columnDefs = contentChildren(MatColumnDef);

  // The columns are declared in the page's template, so the table learns of them here rather
  // than from its own content.
  ngAfterContentInit(): void {
    for (const column of this.columnDefs()) this.table().addColumnDef(column);
  }
}
