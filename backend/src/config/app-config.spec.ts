import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, DEMO_PASSWORD, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.registrationOpen).toBe(true);
    expect(config.loginMaxFailuresPerAccount).toBe(5);
    expect(config.shutdownGraceSeconds).toBe(20);
  });

  it('reads the shutdown grace period, refusing one beyond ten minutes', () => {
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '0' }).shutdownGraceSeconds).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: '601' })).toThrow(
      new ConfigError('SHUTDOWN_GRACE_SECONDS must be a whole number from 0 to 600; got "601"'),
    );
  });

  it('writes text logs unless LOG_FORMAT=json, and refuses another format', () => {
    expect(loadConfig({}).logFormat).toBe('text');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(
      new ConfigError('LOG_FORMAT must be one of text, json; got "xml"'),
    );
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

  it('forwards learning records only when XAPI_LRS_URL is set, with both credentials or none', () => {
    expect(loadConfig({}).xapiLrs).toBeNull();
    expect(
      loadConfig({
        XAPI_LRS_URL: 'https://lrs.example.org/xapi/',
        XAPI_LRS_USERNAME: 'atolye',
        XAPI_LRS_PASSWORD: 's3cret',
      }).xapiLrs,
    ).toEqual({ url: 'https://lrs.example.org/xapi', username: 'atolye', password: 's3cret' });
    expect(loadConfig({ XAPI_LRS_URL: 'http://127.0.0.1:8080/xapi' }).xapiLrs).toEqual({
      url: 'http://127.0.0.1:8080/xapi',
      username: null,
      password: null,
    });
    expect(() => loadConfig({ XAPI_LRS_URL: 'ftp://lrs.example.org' })).toThrow(/XAPI_LRS_URL must be/);
    expect(() => loadConfig({ XAPI_LRS_URL: 'https://user:pw@lrs.example.org/xapi' })).toThrow(
      /must not hold credentials/,
    );
    expect(() =>
      loadConfig({ XAPI_LRS_URL: 'https://lrs.example.org/xapi', XAPI_LRS_USERNAME: 'atolye' }),
    ).toThrow(/must be set together/);
    expect(() => loadConfig({ XAPI_LRS_PASSWORD: 'x' })).toThrow(/need XAPI_LRS_URL/);
  });

  it('refuses a MAIL_FROM that is not an address', () => {
    expect(loadConfig({ MAIL_FROM: 'Programme <team@example.org>' }).mailFrom).toBe(
      'Programme <team@example.org>',
    );
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM must be an address/);
  });

  describe('demo data and the first administrator', () => {
    it('seeds no demo accounts by default: only `npm start` (--demo) or SEED_DEMO_DATA=true does', () => {
      expect(loadConfig({}).seedDemoData).toBe(false);
      expect(loadConfig({}, { demoByDefault: true }).seedDemoData).toBe(true);
      expect(loadConfig({ SEED_DEMO_DATA: 'false' }, { demoByDefault: true }).seedDemoData).toBe(false);
      expect(loadConfig({ SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
    });

    it('refuses demo data in production, however it is asked for', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' })).toThrow(
        new ConfigError(
          'SEED_DEMO_DATA=true creates accounts whose password is published in the README; it cannot be used with NODE_ENV=production',
        ),
      );
      expect(() => loadConfig({ NODE_ENV: 'production' }, { demoByDefault: true })).toThrow(
        /--demo creates accounts whose password is published/,
      );
      expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, seedDemoData: false });
    });

    it('takes the first administrator from ADMIN_EMAIL, ADMIN_PASSWORD and ADMIN_NAME', () => {
      expect(loadConfig({}).firstAdmin).toBeNull();
      expect(
        loadConfig({
          ADMIN_EMAIL: ' Ops@Example.org ',
          ADMIN_PASSWORD: 'a-long-secret',
          ADMIN_NAME: 'Derya Kaya',
        }).firstAdmin,
      ).toEqual({ email: 'ops@example.org', fullName: 'Derya Kaya', password: 'a-long-secret' });
    });

    it('refuses an administrator password that is missing, short or the published demo one', () => {
      expect(() => loadConfig({ ADMIN_EMAIL: 'ops@example.org' })).toThrow(
        /ADMIN_PASSWORD must be set with ADMIN_EMAIL/,
      );
      expect(() => loadConfig({ ADMIN_PASSWORD: 'a-long-secret' })).toThrow(/ADMIN_EMAIL must be/);
      expect(() => loadConfig({ ADMIN_EMAIL: 'ops@example.org', ADMIN_PASSWORD: 'short' })).toThrow(
        'ADMIN_PASSWORD must be at least 10 characters long',
      );
      expect(() => loadConfig({ ADMIN_EMAIL: 'ops@example.org', ADMIN_PASSWORD: DEMO_PASSWORD })).toThrow(
        'ADMIN_PASSWORD is the demo password printed in the README; choose another',
      );
    });
  });

  describe('the credential signing key', () => {
    it('keeps a database-made key unless CREDENTIAL_SIGNING_KEY gives an Ed25519 PEM, one line or several', () => {
      expect(loadConfig({}).credentialSigningKey).toBeNull();
      const pem = generateKeyPairSync('ed25519')
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString();
      expect(loadConfig({ CREDENTIAL_SIGNING_KEY: pem }).credentialSigningKey).toBe(pem);
      const oneLine = pem.trim().replace(/\n/g, '\\n');
      expect(loadConfig({ CREDENTIAL_SIGNING_KEY: oneLine }).credentialSigningKey).toBe(pem);
    });

    it('refuses a value that is not a PEM private key, or a key of another kind', () => {
      expect(() => loadConfig({ CREDENTIAL_SIGNING_KEY: 'secret' })).toThrow(
        new ConfigError('CREDENTIAL_SIGNING_KEY must be a PEM private key (-----BEGIN PRIVATE KEY-----)'),
      );
      const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
        .privateKey.export({ format: 'pem', type: 'pkcs8' })
        .toString();
      expect(() => loadConfig({ CREDENTIAL_SIGNING_KEY: rsa })).toThrow(
        'CREDENTIAL_SIGNING_KEY must be an Ed25519 key; got rsa',
      );
    });
  });
});
