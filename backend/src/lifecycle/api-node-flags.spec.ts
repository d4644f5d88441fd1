import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The heap flags as tools/api-node-flags.mjs defines them for tests and benchmarks. */
function definedFlags(): string[] {
  const array =
    /export const API_NODE_FLAGS = \[([^\]]*)\]/.exec(read('tools/api-node-flags.mjs'))?.[1] ?? '';
  return [...array.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

describe('the API runs with the same V8 heap flags everywhere', () => {
  it('defines a capped old generation and a small young generation', () => {
    expect(definedFlags()).toEqual(['--max-semi-space-size=4', '--max-old-space-size=256']);
  });

  it('npm start passes them to node before the entry point', () => {
    const start = JSON.parse(read('package.json')).scripts.start as string;
    expect(start).toContain(`node ${definedFlags().join(' ')} dist/backend/backend/src/main.js --demo`);
  });

  it('the container sets the allocator variable the tests and benchmarks start the API with', () => {
    const env = /export const API_NODE_ENV = \{ (\w+): '(\w+)' \}/.exec(read('tools/api-node-flags.mjs'));
    expect(env?.slice(1)).toEqual(['MALLOC_ARENA_MAX', '2']);
    expect(read('docker/Dockerfile')).toMatch(new RegExp(`^\\s+${env?.[1]}=${env?.[2]} \\\\$`, 'm'));
  });

  it('the container passes them to node before the entry point', () => {
    const command = /^CMD (\[.*\])$/m.exec(read('docker/Dockerfile'))?.[1] ?? '[]';
    expect(JSON.parse(command)).toEqual(['node', ...definedFlags(), 'dist/backend/backend/src/main.js']);
  });
});
