import type { AuditEntry } from '@atolye/shared';
import { describeChanges } from './audit-changes';

const TEXTS: Record<string, string> = {
  'audit.fields.roles': 'Roles',
  'audit.fields.fullName': 'Name',
  'audit.fields.disabled': 'Disabled',
  'roles.trainee': 'Trainee',
  'roles.trainer': 'Trainer',
  'common.yes': 'yes',
  'common.no': 'no',
};
const t = (key: string) => TEXTS[key] ?? key;

function entry(before: AuditEntry['before'], after: AuditEntry['after']): AuditEntry {
  return {
    id: '1',
    at: '2026-01-01T10:00:00Z',
    action: 'person.roles_changed',
    actor: { id: 'a', fullName: 'Deniz Aydın' },
    subjectType: 'person',
    subjectId: 's',
    subjectLabel: 'Ayşe Yılmaz',
    before,
    after,
  };
}

describe(describeChanges.name, () => {
  it('shows a role change with translated role names', () => {
    expect(describeChanges(entry({ roles: ['trainee'] }, { roles: ['trainer'] }), t)).toEqual([
      { field: 'Roles', before: 'Trainee', after: 'Trainer' },
    ]);
  });

  it('leaves out fields that did not change', () => {
    const lines = describeChanges(
      entry({ fullName: 'A', disabled: false }, { fullName: 'A', disabled: true }),
      t,
    );
    expect(lines).toEqual([{ field: 'Disabled', before: 'no', after: 'yes' }]);
  });

  it('lists what a new record was given, without empty defaults or ids', () => {
    const lines = describeChanges(entry(null, { fullName: 'Ayşe', disabled: false, organisationId: 'x' }), t);
    expect(lines).toEqual([{ field: 'Name', before: null, after: 'Ayşe' }]);
  });

  it('gives no lines when the entry records no values', () => {
    expect(describeChanges(entry(null, null), t)).toEqual([]);
  });

  it('names an unknown field by its key', () => {
    expect(describeChanges(entry({ colour: 'red' }, { colour: 'blue' }), t)).toEqual([
      { field: 'colour', before: 'red', after: 'blue' },
    ]);
  });
});
