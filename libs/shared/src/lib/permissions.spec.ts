import { can, permissionsOf } from './permissions';

describe('role permissions', () => {
  it('gives trainees and trainers no administrative permission', () => {
    expect(permissionsOf(['trainee', 'trainer']).size).toBe(0);
  });

  it('lets coordinators manage organisations and read people, but not manage people or read the audit log', () => {
    expect(can(['coordinator'], 'organisations.manage')).toBe(true);
    expect(can(['coordinator'], 'people.read')).toBe(true);
    expect(can(['coordinator'], 'people.manage')).toBe(false);
    expect(can(['coordinator'], 'audit.read')).toBe(false);
  });

  it('adds up the permissions of every role a person holds', () => {
    expect([...permissionsOf(['trainee', 'admin'])].sort()).toEqual(['audit.read', 'organisations.manage', 'people.manage', 'people.read']);
  });
});
