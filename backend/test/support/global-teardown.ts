import { rmSync } from 'node:fs';
import { dropDatabase, TestDatabaseState } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __atolyeTestDatabase?: TestDatabaseState }).__atolyeTestDatabase;
  if (!state) return;
  if (state.adminUrl) await dropDatabase(state.adminUrl, state.name);
  await state.stopEmbedded?.();
  if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
}
