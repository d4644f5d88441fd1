import { can, permissionsOf } from './permissions';

describe('role permissions', () => {
  it('gives trainees and trainers no administrative permission', () => {
    const held = permissionsOf(['trainee', 'trainer']);
    expect([...held].sort()).toEqual(['content.preview', 'learning.enrol', 'sessions.teach']);
  });

  it('lets coordinators manage organisations and read people, but not manage people or read the audit log', () => {
    expect(can(['coordinator'], 'organisations.manage')).toBe(true);
    expect(can(['coordinator'], 'people.read')).toBe(true);
    expect(can(['coordinator'], 'people.manage')).toBe(false);
    expect(can(['coordinator'], 'audit.read')).toBe(false);
  });

  it('adds up the permissions of every role a person holds', () => {
    expect([...permissionsOf(['trainee', 'admin'])]).toEqual(
      expect.arrayContaining(['learning.enrol', 'people.manage', 'audit.read']),
    );
    expect(can(['trainee'], 'people.manage')).toBe(false);
  });

  it('lets a focal person keep a profile and read the map, and nothing that reaches people or trainings', () => {
    expect([...permissionsOf(['focal_person'])].sort()).toEqual([
      'organisations.map',
      'organisations.profile',
    ]);
    expect(can(['focal_person'], 'organisations.manage')).toBe(false);
    expect(can(['coordinator'], 'organisations.profile')).toBe(false);
    expect(can(['coordinator'], 'organisations.map')).toBe(true);
  });

  it('lets the roles that read reports manage the indicators, and no one else', () => {
    expect(can(['coordinator'], 'indicators.manage')).toBe(true);
    expect(can(['admin'], 'indicators.manage')).toBe(true);
    expect(can(['trainer', 'trainee', 'focal_person'], 'indicators.manage')).toBe(false);
  });
});
