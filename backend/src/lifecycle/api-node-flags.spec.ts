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

  it('the container sets the allocator variables the tests and benchmarks start the API with', () => {
    const object =
      /export const API_NODE_ENV = \{([^}]*)\}/.exec(read('tools/api-node-flags.mjs'))?.[1] ?? '';
    const variables = [...object.matchAll(/(\w+): '(\w+)'/g)].map((m) => [m[1], m[2]]);
    expect(variables).toEqual([
      ['MALLOC_ARENA_MAX', '2'],
      ['MALLOC_TRIM_THRESHOLD_', '131072'],
    ]);
    for (const [name, value] of variables)
      expect(read('docker/Dockerfile')).toMatch(new RegExp(`^\\s+${name}=${value} \\\\$`, 'm'));
  });

  it('the container passes them to node before the entry point', () => {
    const command = /^CMD (\[.*\])$/m.exec(read('docker/Dockerfile'))?.[1] ?? '[]';
    expect(JSON.parse(command)).toEqual(['node', ...definedFlags(), 'dist/backend/backend/src/main.js']);
  });
});
