import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../../..');

/**
 * What a deployment gets when nobody changes a thing: the compose file and `.env.example` must not
 * create the demo accounts, whose password is printed in the README.
 */
describe('deployment defaults', () => {
  const compose = parse(readFileSync(resolve(ROOT, 'docker/compose.yaml'), 'utf8')) as {
    services: Record<string, { environment?: Record<string, string> }>;
  };

  /** `${NAME:-default}` as compose reads it with NAME unset. */
  const unsetDefault = (value: string | undefined) =>
    /^\$\{[A-Z_]+:-([^}]*)\}$/.exec(value ?? '')?.[1] ?? value;

  it.each(['app', 'worker'])('runs the %s service in production without demo data', (service) => {
    const environment = compose.services[service].environment ?? {};
    expect(unsetDefault(environment['NODE_ENV'])).toBe('production');
    expect(['false', undefined]).toContain(unsetDefault(environment['SEED_DEMO_DATA']));
  });

  it('lets the app service name its first administrator, with no password written in the file', () => {
    const environment = compose.services['app'].environment ?? {};
    expect(environment['ADMIN_EMAIL']).toBe('${ADMIN_EMAIL:-}');
    expect(environment['ADMIN_PASSWORD']).toBe('${ADMIN_PASSWORD:-}');
  });

  it('lists SEED_DEMO_DATA=false in .env.example', () => {
    const lines = readFileSync(resolve(ROOT, '.env.example'), 'utf8').split('\n');
    expect(lines).toContain('SEED_DEMO_DATA=false');
    expect(lines.filter((l) => /^ADMIN_PASSWORD=/.test(l))).toEqual([]);
  });
});
