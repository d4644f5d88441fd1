import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { publishRepositoryContent } from './support/training-factories';

const SECRET = 'SECRET-OUTSIDE-THE-PORTAL';

const TRAVERSALS = [
  '..%2F..%2F..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%5C..%5C..%5Cwindows%5Cwin.ini',
  '....%2F%2F....%2F%2Fetc%2Fpasswd',
  '%252e%252e%252fetc%252fpasswd',
  '..%2Fsecret.txt',
];

/**
 * Addresses that try to climb out of where files are served from: the portal's folder, and the
 * API routes that take names (module media and lessons, calendar feeds, verification codes).
 */
describe('path traversal', () => {
  let root: string;
  let t: TestApp;
  let trainer: string;
  let module: { slug: string; version: string };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'atolye-traversal-'));
    mkdirSync(join(root, 'portal/assets'), { recursive: true });
    writeFileSync(join(root, 'portal/index.html'), '<!doctype html><title>Atölye</title>');
    writeFileSync(join(root, 'portal/assets/logo.svg'), '<svg/>');
    writeFileSync(join(root, 'secret.txt'), SECRET);
    t = await createTestApp({ portalDir: join(root, 'portal') });
    await publishRepositoryContent(t);
    trainer = (await signedIn(t, ['trainer'])).cookie;
    [module] = await t.db.query('SELECT slug, version FROM module_versions LIMIT 1');
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  function leaks(text: string): boolean {
    return text.includes(SECRET) || /root:.*:0:0:/.test(text) || /\[fonts\]/i.test(text);
  }

  it.each([
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2F..%2Fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5Csecret.txt',
    '/assets/....//....//secret.txt',
  ])('keeps %s inside the portal folder', async (path) => {
    for (const accept of ['text/html', '*/*']) {
      const response = await t.http().get(path).set('Accept', accept).buffer(true);
      expect(response.status).toBeLessThan(500);
      expect(leaks(String(response.text ?? response.body))).toBe(false);
    }
  });

  it('still serves the portal files themselves', async () => {
    await t.http().get('/assets/logo.svg').expect(200);
  });

  it.each(TRAVERSALS)(
    'answers module media, lessons, calendar feeds and codes named %s with 4xx',
    async (name) => {
      const paths = [
        `/api/modules/${module.slug}/versions/${module.version}/media/${name}`,
        `/api/modules/${name}/versions/${module.version}/media/logo.png`,
        `/api/modules/${module.slug}/versions/${name}/lessons/intro`,
        `/api/modules/${module.slug}/versions/${module.version}/lessons/${name}`,
        `/api/calendar/${name}.ics`,
        `/api/certificates/verify/${name}`,
      ];
      for (const path of paths) {
        const response = await t.http().get(path).set('Cookie', trainer);
        expect([400, 404]).toContain(response.status);
        expect(leaks(response.text)).toBe(false);
      }
    },
  );
});
