import { DEMO_PASSWORD, type DemoAccount } from '../demo/demo-data';
import { startSummary } from './start-summary';

const account = (email: string, roles: DemoAccount['roles']): DemoAccount => ({
  email,
  fullName: 'Ayşe Demir',
  roles,
  language: 'tr',
  gender: 'female',
  organisation: 'Umut Köprüsü Derneği',
});

describe('startSummary', () => {
  it('without demo data is only the address', () => {
    expect(
      startSummary({ publicUrl: 'https://atolye.example.org/' }, { demoAccounts: [], verifications: [] }),
    ).toBe(
      [
        'Atölye is running',
        '  portal  https://atolye.example.org/',
        '  API     https://atolye.example.org/api',
        '  docs    https://atolye.example.org/api/docs',
      ].join('\n'),
    );
  });

  it('shows the first demo account of each kind, counts the rest, then the verification links', () => {
    const text = startSummary(
      { publicUrl: 'http://localhost:3000' },
      {
        demoAccounts: [
          account('admin@atolye.example', ['admin']),
          account('trainee@atolye.example', ['trainee']),
          account('ahmet.yilmaz@atolye.example', ['trainee']),
          account('layla.haddad@atolye.example', ['trainee']),
        ],
        verifications: ['http://localhost:3000/verify/abc'],
      },
    );
    expect(text.split('\n').slice(4)).toEqual([
      `Demo accounts, all with the password ${DEMO_PASSWORD} (README: Demo accounts):`,
      '  admin                  admin@atolye.example',
      '  trainee                trainee@atolye.example  and 2 more',
      'Demo certificates, verifiable by anyone:',
      '  http://localhost:3000/verify/abc',
    ]);
  });
});
