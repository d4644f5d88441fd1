import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The translation check (tools/check-i18n.mjs) run against copies of the translation files, one
 * of them damaged: it must fail on a key the portal only builds at run time.
 */
const root = join(__dirname, '../../..');
const check = join(root, 'tools/check-i18n.mjs');

/** A translation file as parsed: nested objects of texts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests reach into arbitrary keys
type Table = Record<string, any>;

function runCheck(edit: (tables: { en: Table; tr: Table }) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  try {
    const tables = {
      en: JSON.parse(readFileSync(join(root, 'frontend/public/i18n/en.json'), 'utf8')),
      tr: JSON.parse(readFileSync(join(root, 'frontend/public/i18n/tr.json'), 'utf8')),
    };
    edit(tables);
    writeFileSync(join(dir, 'en.json'), JSON.stringify(tables.en));
    writeFileSync(join(dir, 'tr.json'), JSON.stringify(tables.tr));
    const result = spawnSync(process.execPath, [check], {
      env: { ...process.env, I18N_DIR: dir },
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('i18n check', () => {
  it('passes on the translation files as they are', () => {
    const result = runCheck(() => undefined);
    expect(result.output).toContain('complete in en and tr');
    expect(result.status).toBe(0);
  });

  it('fails when an audit action, shown only as a key built at run time, lacks its Turkish text', () => {
    const result = runCheck(({ tr }) => delete tr.audit.actions.certificate.revoked);
    expect(result.status).toBe(1);
    expect(result.output).toContain('tr.json: "audit.actions.certificate.revoked" is missing');
  });

  it('fails when both languages lack an import row reason the API returns as a code', () => {
    const result = runCheck(({ en, tr }) => {
      delete en.import.reasons.full_name_missing;
      delete tr.import.reasons.full_name_missing;
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('en.json: "import.reasons.full_name_missing" is missing');
    expect(result.output).toContain('tr.json: "import.reasons.full_name_missing" is missing');
  });

  it('fails when a translation places the percent sign unlike the number formatter', () => {
    const result = runCheck(({ en, tr }) => {
      en.attendance.totals = '{{attended}} of {{planned}} meetings · {{percent}} %';
      tr.attendance.totals = '{{planned}} buluşmanın {{attended}} tanesine katıldı · {{percent}}%';
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('en.json: "attendance.totals" places the percent sign');
    expect(result.output).toContain('tr.json: "attendance.totals" places the percent sign');
  });
});
