import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.registrationOpen).toBe(true);
    expect(config.loginMaxFailuresPerAccount).toBe(5);
  });

  it('refuses a port that is not a number, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      new ConfigError('PORT must be a whole number from 1 to 65535; got "eighty"'),
    );
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(
      /DATABASE_URL must start with postgres/,
    );
  });

  it('reads REGISTRATION_OPEN=false as closed registration', () => {
    expect(loadConfig({ REGISTRATION_OPEN: 'false' }).registrationOpen).toBe(false);
    expect(() => loadConfig({ REGISTRATION_OPEN: 'perhaps' })).toThrow(
      /REGISTRATION_OPEN must be true or false/,
    );
  });

  it('keeps mail in the outbox unless SMTP_URL names an SMTP server', () => {
    const config = loadConfig({});
    expect(config.smtpUrl).toBeNull();
    expect(config.mailFrom).toBe('Atölye <no-reply@atolye.example>');
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example.org:587' }).smtpUrl).toBe(
      'smtp://mail.example.org:587',
    );
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(
      /SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    );
  });

  it('refuses a MAIL_FROM that is not an address', () => {
    expect(loadConfig({ MAIL_FROM: 'Programme <team@example.org>' }).mailFrom).toBe(
      'Programme <team@example.org>',
    );
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM must be an address/);
  });
});
