import type { AuditEntry } from '@atolye/shared';

export interface ChangeLine {
  field: string;
  before: string | null;
  after: string | null;
}

type Translate = (key: string) => string;

/** Fields whose value is an id: meaningless to a reader, so left out. */
const HIDDEN_FIELDS = new Set(['organisationId']);
/** Fields whose values are keys with their own translations. */
const TRANSLATED_VALUES: Record<string, string> = { roles: 'roles', type: 'organisationTypes' };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    value === false ||
    (Array.isArray(value) && !value.length)
  );
}

function render(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  const prefix = TRANSLATED_VALUES[field];
  const one = (v: unknown) => (prefix && typeof v === 'string' ? t(`${prefix}.${v}`) : String(v));
  if (Array.isArray(value)) return value.length ? value.map(one).join(', ') : '—';
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  return one(value);
}

/**
 * What an audit entry changed, one line per field: "Roles: Trainee → Trainer". A creation lists
 * the new values; an entry without details (e.g. a password set) gives no lines.
 */
export function describeChanges(entry: AuditEntry, t: Translate): ChangeLine[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => !HIDDEN_FIELDS.has(f),
  );
  const created = entry.before === null;
  return (
    fields
      .filter((field) => !same(before[field], after[field]))
      // A new record lists what it was given, not every empty or "no" default.
      .filter((field) => !created || !isBlank(after[field]))
      .map((field) => {
        const label = t(`audit.fields.${field}`);
        return {
          field: label.startsWith('audit.fields.') ? field : label,
          before: entry.before && field in entry.before ? render(field, before[field], t) : null,
          after: entry.after && field in entry.after ? render(field, after[field], t) : null,
        };
      })
  );
}
