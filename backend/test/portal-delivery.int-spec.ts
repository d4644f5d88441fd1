import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { publishRepositoryContent } from './support/training-factories';

const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, before any decoding. */
  body: Buffer;
}

/** A request whose answer is kept as sent: supertest and fetch would decode it silently. */
function raw(base: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    get(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', fail);
    }).on('error', fail);
  });
}

function decoded(answer: Raw): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.body).toString('utf8');
  return answer.body.toString('utf8');
}

function varies(answer: Raw): string[] {
  return String(answer.headers.vary ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase());
}

/**
 * How the portal's files and the API's answers travel: brotli or gzip copies made at build time
 * for the portal (tools/precompress.mjs, run here on a portal folder made for the test), hashed
 * files kept for a year and the others revalidated, and JSON over 1 kB compressed as it is sent.
 */
describe('portal and API delivery: compression and caching', () => {
  let root: string;
  let t: TestApp;
  let base: string;
  let trainer: string;
  const script = `/* main */ ${'export const greeting = "Merhaba, Atölye";\n'.repeat(200)}`;
  const page = `<!doctype html><html><head><title>Atölye</title></head><body>${'<p>Atölye</p>'.repeat(200)}</body></html>`;
  const english = JSON.stringify(
    Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`key${i}`, `Text number ${i}`])),
  );

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'atolye-delivery-'));
    mkdirSync(join(root, 'i18n'));
    mkdirSync(join(root, 'media'));
    mkdirSync(join(root, 'api'));
    writeFileSync(join(root, 'index.html'), page);
    writeFileSync(join(root, 'main-UN76WCA5.js'), script);
    writeFileSync(join(root, 'chunk-276Y4WKL.js'), script.replace('main', 'chunk'));
    writeFileSync(join(root, 'styles-5INURTSO.css'), `${'body { margin: 0; }\n'.repeat(100)}`);
    writeFileSync(join(root, 'media/icons-X7QHZ3GA.woff2'), Buffer.alloc(4096, 7));
    writeFileSync(join(root, 'i18n/en.json'), english);
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // A file where an API route is: the API must answer, never the file handler.
    writeFileSync(join(root, 'api/health'), 'A FILE, NOT THE API');
    execFileSync(process.execPath, [resolve(__dirname, '../../tools/precompress.mjs'), root]);
    t = await createTestApp({ portalDir: root });
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    await publishRepositoryContent(t);
    trainer = (await signedIn(t, ['trainer'])).cookie;
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies of text files at build time, but not of small or binary ones', () => {
    const made = (name: string) => {
      try {
        readFileSync(join(root, name));
        return true;
      } catch {
        return false;
      }
    };
    expect(made('main-UN76WCA5.js.br') && made('main-UN76WCA5.js.gz')).toBe(true);
    expect(made('index.html.br') && made('i18n/en.json.gz')).toBe(true);
    expect(made('favicon.svg.br') || made('favicon.svg.gz')).toBe(false);
    expect(made('media/icons-X7QHZ3GA.woff2.br')).toBe(false);
  });

  it.each([
    ['main-UN76WCA5.js', 'javascript'],
    ['chunk-276Y4WKL.js', 'javascript'],
    ['styles-5INURTSO.css', 'text/css'],
  ])('sends the hashed %s as brotli, kept for a year', async (name, type) => {
    const answer = await raw(base, `/${name}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toContain(type);
    expect(varies(answer)).toContain('accept-encoding');
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
    expect(decoded(answer)).toBe(readFileSync(join(root, name), 'utf8'));
    expect(answer.body.length).toBeLessThan(readFileSync(join(root, name)).length / 4);
    // The policy is for documents; the other security headers stay.
    expect(answer.headers['content-security-policy']).toBeUndefined();
    expect(answer.headers['x-frame-options']).toBeUndefined();
    expect(answer.headers['x-xss-protection']).toBeUndefined();
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['strict-transport-security']).toBeDefined();
  });

  it('sends gzip to a browser that takes only gzip, and the file itself to one that takes neither', async () => {
    const gzip = await raw(base, '/main-UN76WCA5.js', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(varies(gzip)).toContain('accept-encoding');
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);
    expect(decoded(gzip)).toBe(script);

    const plain = await raw(base, '/main-UN76WCA5.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(varies(plain)).toContain('accept-encoding');
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('keeps hashed fonts and media for a year, as they are', async () => {
    const answer = await raw(base, '/media/icons-X7QHZ3GA.woff2', { 'Accept-Encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
    expect(answer.body.length).toBe(4096);
  });

  it.each(['/index.html', '/learn/modules/intro/lessons/welcome', '/'])(
    'has the page at %s revalidated every time, compressed',
    async (path) => {
      const answer = await raw(base, path, { Accept: 'text/html', 'Accept-Encoding': 'gzip, br' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toContain('text/html');
      expect(answer.headers['content-encoding']).toBe('br');
      expect(varies(answer)).toContain('accept-encoding');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(answer.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(decoded(answer)).toBe(page);
    },
  );

  it('has unhashed files (translations, the icon) revalidated every time', async () => {
    const texts = await raw(base, '/i18n/en.json', { 'Accept-Encoding': 'gzip' });
    expect(texts.headers['content-encoding']).toBe('gzip');
    expect(texts.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(decoded(texts))).toEqual(JSON.parse(english));

    const icon = await raw(base, '/favicon.svg', { 'Accept-Encoding': 'gzip, br' });
    expect(icon.status).toBe(200);
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation of an unchanged page with 304', async () => {
    const first = await raw(base, '/i18n/en.json', { 'Accept-Encoding': 'br' });
    const again = await raw(base, '/i18n/en.json', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('leaves /api to the API even where the portal folder has a file of that name', async () => {
    const answer = await raw(base, '/api/health', { Accept: '*/*' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('application/json');
    expect(answer.body.toString('utf8')).not.toContain('A FILE');
  });

  it('compresses JSON over 1 kB as it is sent, in brotli or gzip as the client takes', async () => {
    const plain = await raw(base, '/api/modules', { Cookie: trainer });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const br = await raw(base, '/api/modules', { Cookie: trainer, 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('application/json');
    expect(varies(br)).toContain('accept-encoding');
    expect(JSON.parse(decoded(br))).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(br.body.length).toBeLessThan(plain.body.length);

    const gzip = await raw(base, '/api/docs-json', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(decoded(gzip))).toHaveProperty('openapi');
  });

  it('sends JSON under 1 kB as it is', async () => {
    const answer = await raw(base, '/api/health', { 'Accept-Encoding': 'gzip, br' });
    expect(answer.body.length).toBeLessThan(1024);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.body.toString('utf8'))).toBeTruthy();
  });
});
