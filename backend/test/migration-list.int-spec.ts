import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MIGRATIONS, migrationTimestamp } from '../src/migrations';

// A check of the gathered list (no database needed), run with the integration specs because it
// loads every migration, whose statements only the migrations spec runs.
const SRC = join(__dirname, '../src');

/** Every `<timestamp>-<name>.ts` file in a `migrations/` folder anywhere under src/. */
function migrationFilesOnDisk(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => basename(dirname(file)) === 'migrations' && /^\d{13}-[a-z0-9-]+\.ts$/.test(basename(file)),
    )
    .map((file) => join(SRC, file))
    .sort();
}

/** The classes a migration file exports, each with the timestamp its file name starts with. */
function classesIn(file: string): { migration: { name: string }; fileTimestamp: number }[] {
  const exported = Object.values(jest.requireActual<Record<string, unknown>>(file));
  return exported
    .filter((value): value is { name: string } => typeof value === 'function')
    .map((migration) => ({ migration, fileTimestamp: Number(basename(file).slice(0, 13)) }));
}

describe('MIGRATIONS', () => {
  it('runs oldest first, in the order TypeORM applies them', () => {
    const timestamps = MIGRATIONS.map(migrationTimestamp);
    expect(timestamps.every(Number.isFinite)).toBe(true);
    expect(timestamps).toEqual([...timestamps].sort((a, b) => a - b));
  });

  it('lists each migration once, and no two share a timestamp', () => {
    expect(new Set(MIGRATIONS).size).toBe(MIGRATIONS.length);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(new Set(MIGRATIONS.map(migrationTimestamp)).size).toBe(MIGRATIONS.length);
  });

  it('lists exactly the migration files under src/**/migrations/, one class each named with its file timestamp', () => {
    const files = migrationFilesOnDisk();
    const onDisk = files.flatMap(classesIn);
    expect(onDisk).toHaveLength(files.length);
    for (const { migration, fileTimestamp } of onDisk)
      expect(migrationTimestamp(migration)).toBe(fileTimestamp);
    expect(MIGRATIONS.map((m) => m.name).sort()).toEqual(onDisk.map((c) => c.migration.name).sort());
    // The very classes of those files, not look-alikes of the same name.
    for (const { migration } of onDisk) expect(MIGRATIONS).toContain(migration);
  });
});
