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

/**
 * Each person's unsubscribe secret, made for those who have none yet (one statement for all).
 * `fresh` gives a new random secret per person; a secret already there is kept.
 */
export async function unsubscribeTokens(
  manager: EntityManager,
  personIds: string[],
  fresh: () => string,
): Promise<Map<string, string>> {
  if (!personIds.length) return new Map();
  const rows: { id: string; unsubscribe_token: string }[] = await manager.query(
    `WITH given AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS g(id, token)),
          made AS (UPDATE people p SET unsubscribe_token = given.token FROM given
                    WHERE p.id = given.id AND p.unsubscribe_token IS NULL RETURNING p.id, p.unsubscribe_token)
     SELECT id, unsubscribe_token FROM made
     UNION ALL
     SELECT id, unsubscribe_token FROM people WHERE id = ANY($1::uuid[]) AND unsubscribe_token IS NOT NULL`,
    [personIds, personIds.map(() => fresh())],
  );
  return new Map(rows.map((row) => [row.id, row.unsubscribe_token]));
}
