import type { DataSource } from 'typeorm';
import type { CoordinatorHome } from '@atolye/shared';
import { poolQuery } from '../database/pool-query';

/**
 * The coordinator's work queue in one statement (indicators come from the reports' own figures):
 * - applications waiting: pending enrolment requests per session;
 * - ready for certificates: the last meeting has ended and seat holders hold no certificate yet
 *   (valid or revoked: a revoked one is a decision already taken);
 * - imports of the last 30 days with rejected rows.
 */
const SQL = `
SELECT
  (SELECT coalesce(jsonb_agg(x ORDER BY x."sessionTitle"), '[]') FROM (
     SELECT s.id AS "sessionId", s.title AS "sessionTitle", count(*)::int AS count
       FROM enrolments e JOIN sessions s ON s.id = e.session_id
      WHERE e.status = 'pending'
      GROUP BY s.id, s.title
  ) x) AS applications_waiting,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."sessionTitle"), '[]') FROM (
     SELECT s.id AS "sessionId", s.title AS "sessionTitle", count(*)::int AS count
       FROM sessions s JOIN enrolments e ON e.session_id = s.id AND e.status IN ('enrolled', 'completed')
      WHERE (SELECT max(ends_at) FROM meetings g WHERE g.session_id = s.id) <= now()
        AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id)
      GROUP BY s.id, s.title
  ) x) AS ready_for_certificates,
  (SELECT coalesce(jsonb_agg(x ORDER BY x."startedAt" DESC), '[]') FROM (
     SELECT j.id AS "importId", s.id AS "sessionId", s.title AS "sessionTitle", j.file_name AS "fileName",
            count(*)::int AS rejected, j.created_at AS "startedAt"
       FROM import_jobs j JOIN sessions s ON s.id = j.session_id
       JOIN import_job_rows r ON r.job_id = j.id AND r.report->>'outcome' = 'rejected'
      WHERE j.created_at > now() - interval '30 days'
      GROUP BY j.id, s.id, s.title
  ) x) AS imports_with_rejections`;

export async function coordinatorQueues(
  db: DataSource,
): Promise<Omit<CoordinatorHome, 'indicatorsOffTrack'>> {
  const [row] = await poolQuery<Record<string, never>>(db, SQL, [], 'home-coordinator');
  return {
    applicationsWaiting: row['applications_waiting'],
    readyForCertificates: row['ready_for_certificates'],
    importsWithRejections: row['imports_with_rejections'],
  };
}
