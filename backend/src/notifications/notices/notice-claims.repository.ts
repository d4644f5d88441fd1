import type { EntityManager } from 'typeorm';

/**
 * Claims notices by key in the caller's transaction and answers the keys this caller won. A key
 * another transaction holds (committed or not) is not won: the unique key makes every scheduler
 * but one skip it, and a rolled-back claim frees it for the next run.
 */
export async function claimNotices(manager: EntityManager, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows: { key: string }[] = await manager.query(
    `INSERT INTO notice_claims (key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING key`,
    [keys],
  );
  return new Set(rows.map((row) => row.key));
}

/** Each person's unsubscribe secret, made where missing: the people feature writes it. */
export { ensureUnsubscribeTokens as unsubscribeTokens } from '../../people/people.repository';
