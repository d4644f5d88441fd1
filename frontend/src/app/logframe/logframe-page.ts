import { ChangeDetectionStrategy, Component, Injector, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, switchMap, type Observable } from 'rxjs';
import type {
  ApiErrorBody,
  Language,
  LogframeIndicator,
  LogframeItem,
  LogframeLevel,
  LogframePeriod,
} from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { confirmAction } from '../shared/confirm-dialog';
import { ErrorBanner } from '../shared/error-banner';
import { LocalisedPipe } from '../shared/localised';
import { RowActions } from '../shared/row-actions';
import { refreshableResource } from '../shared/refreshable-resource';
import { LogframeAmountPipe } from './logframe-amount.pipe';
import { LogframeIndicatorDialog, type LogframeIndicatorDialogData } from './logframe-indicator-dialog';
import { LogframeItemDialog, type LogframeItemDialogData } from './logframe-item-dialog';
import { LogframePeriodPicker } from './logframe-period';
import { LogframeService } from './logframe.service';

const CHILD_LEVEL: Record<LogframeLevel, LogframeLevel | null> = {
  overall_objective: 'specific_objective',
  specific_objective: 'result',
  result: 'activity',
  activity: null,
};

/** A button on an item: with words, or an icon alone named by its label. */
interface ItemAction {
  icon: string;
  /** Translation key of the button's words. */
  text?: string;
  /** Translation key of its accessible name, given the item's code. */
  label?: string;
  run: () => void;
}

/**
 * The programme's logframe as an editable tree: objectives, results and activities, each with
 * its indicators and their values for the period chosen, and the EU matrix to download.
 */
@Component({
  selector: 'app-logframe-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
    LogframeAmountPipe,
    LogframePeriodPicker,
    RowActions,
  ],
  templateUrl: './logframe-page.html',
  styleUrl: './logframe-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogframePage {
  private readonly service = inject(LogframeService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService).current;
  protected readonly asked = signal<Partial<LogframePeriod>>({});
  protected readonly actionError = signal<ApiErrorBody | null>(null);
  protected readonly logframe = refreshableResource({
    params: () => this.asked(),
    stream: (period) => this.service.get(period),
  });
  protected readonly items = computed(() => this.logframe.value()?.items ?? []);
  protected readonly period = computed(() => this.logframe.value()?.period ?? null);
  protected readonly error = computed(() => this.logframe.error() ?? this.actionError());

  /** The definition of every figure the tree shows: the computed sources used and the manual rule. */
  protected readonly definitions = computed(() => {
    const logframe = this.logframe.value();
    if (!logframe) return [];
    const { sources, manualValueDefinition } = logframe;
    const used = new Set(this.items().flatMap((i) => i.indicators.map((d) => d.source)));
    return [
      ...sources
        .filter((s) => used.has(s.ref))
        .map((s) => ({ key: s.ref, label: s.label, definition: s.definition })),
      ...(used.has('manual')
        ? [
            {
              key: 'manual',
              label: manualValueDefinition.label,
              definition: manualValueDefinition.definition,
            },
          ]
        : []),
    ];
  });

  /** Each item's buttons, in the order they stand. */
  protected readonly itemActions = computed(
    () => new Map(this.items().map((item) => [item.id, this.actionsOf(item)])),
  );

  protected sourceLabel(indicator: LogframeIndicator): string {
    const source = this.logframe.value()?.sources.find((s) => s.ref === indicator.source);
    return source ? source.label[this.language()] : '';
  }

  protected exportUrl(format: 'xlsx' | 'pdf', language: Language): string {
    return this.service.exportUrl(format, this.period() ?? {}, language);
  }

  protected setPeriod(period: Partial<LogframePeriod>): void {
    this.asked.set(period);
  }

  protected addItem(level: LogframeLevel, parent: LogframeItem | null): void {
    this.openItem({ level, parent, items: this.items() });
  }

  protected editItem(item: LogframeItem): void {
    this.openItem({ level: item.level, item, parent: null, items: this.items() });
  }

  protected move(item: LogframeItem, direction: 'up' | 'down'): void {
    this.run(this.service.moveItem(item.id, direction));
  }

  protected removeItem(item: LogframeItem): void {
    this.confirmThen(
      {
        title: 'logframe.remove.itemTitle',
        message: 'logframe.remove.itemMessage',
        params: { code: item.code },
      },
      () => this.service.removeItem(item.id),
    );
  }

  protected editIndicator(item: LogframeItem, indicator: LogframeIndicator | null): void {
    const data: LogframeIndicatorDialogData = {
      item,
      indicator,
      sources: this.logframe.value()?.sources ?? [],
    };
    this.dialog
      .open(LogframeIndicatorDialog, { data, width: '720px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.logframe.refresh());
  }

  protected removeIndicator(indicator: LogframeIndicator): void {
    this.confirmThen(
      {
        title: 'logframe.remove.indicatorTitle',
        message: 'logframe.remove.indicatorMessage',
        params: { code: indicator.code },
      },
      () => this.service.removeIndicator(indicator.id),
    );
  }

  private actionsOf(item: LogframeItem): ItemAction[] {
    const child = CHILD_LEVEL[item.level];
    return [
      { icon: 'edit', text: 'logframe.edit', label: 'logframe.editItem', run: () => this.editItem(item) },
      { icon: 'arrow_upward', label: 'logframe.moveUp', run: () => this.move(item, 'up') },
      { icon: 'arrow_downward', label: 'logframe.moveDown', run: () => this.move(item, 'down') },
      ...(child
        ? [{ icon: 'add', text: `logframe.add.${child}`, run: () => this.addItem(child, item) }]
        : []),
      {
        icon: 'add',
        text: 'logframe.addIndicator',
        label: 'logframe.addIndicatorTo',
        run: () => this.editIndicator(item, null),
      },
      { icon: 'delete', label: 'logframe.removeItem', run: () => this.removeItem(item) },
    ];
  }

  // The area's providers (the date fields' adapter) reach a dialog only through its injector.
  private openItem(data: LogframeItemDialogData): void {
    this.dialog
      .open(LogframeItemDialog, { data, width: '640px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.logframe.refresh());
  }

  private confirmThen(
    words: { title: string; message: string; params: Record<string, unknown> },
    action: () => Observable<unknown>,
  ): void {
    confirmAction(this.dialog, { ...words, confirm: 'logframe.remove.confirm' })
      .pipe(
        filter(Boolean),
        switchMap(() => action()),
      )
      .subscribe({
        next: () => this.logframe.refresh(),
        error: (failure: unknown) => this.actionError.set(toApiError(failure)),
      });
  }

  private run(call: Observable<unknown>): void {
    this.actionError.set(null);
    call.subscribe({
      next: () => this.logframe.refresh(),
      error: (failure: unknown) => this.actionError.set(toApiError(failure)),
    });
  }
}
