import type { Dashboard } from '@atolye/shared';
import type { SheetCell } from '../common/spreadsheet-export';

/** Where the sessions stand: the completion rate counts only the ended ones. */
export function sessionProgressTable(dashboard: Dashboard): { title: string; rows: SheetCell[][] } {
  const label = (key: string) => dashboard.definitions.find((d) => d.key === key)?.label;
  return {
    title: 'Sessions / Oturumlar',
    rows: [
      ['Figure / Rakam', 'Value / Değer'],
      ...Object.entries(dashboard.progress).map(([key, value]) => {
        const name = label(key);
        return [name ? `${name.en} / ${name.tr}` : key, value];
      }),
    ],
  };
}

/** Every figure's definition in both languages, as the dashboard API sent them. */
export function definitionsTable(dashboard: Dashboard): { title: string; rows: SheetCell[][] } {
  return {
    title: 'Definitions / Tanımlar',
    rows: [
      ['Figure', 'Definition', 'Rakam', 'Tanım'],
      ...dashboard.definitions.map((d) => [d.label.en, d.definition.en, d.label.tr, d.definition.tr]),
    ],
  };
}
