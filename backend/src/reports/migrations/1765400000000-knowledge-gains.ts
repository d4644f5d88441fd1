import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge gain, defined once for every reader (participation facts, quiz results, exports):
 * per trainee and post-test, the best post-test score minus the first pre-test score it is paired
 * with, in percentage points. Quizzes are matched by module slug and quiz slug across module
 * versions, so a session moved to a newer version keeps its gain: the first pre-test attempt
 * still anchors it, whichever version it was taken on. Also sets back to "enrolled" the enrolments
 * whose only certificates were revoked.
 */
export class KnowledgeGains1765400000000 implements MigrationInterface {
  name = 'KnowledgeGains1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION knowledge_gains(ids uuid[])
        RETURNS TABLE (enrolment_id uuid, module_slug text, post_test_slug text, pre_test_slug text,
                       pre_first numeric, post_best numeric, gain numeric)
        LANGUAGE sql STABLE AS $$
        SELECT post.enrolment_id, post.module_slug, post.slug, post.paired_with, pre.first, post.best,
               post.best - pre.first
          FROM (SELECT qa.enrolment_id, mv.slug AS module_slug, q.slug, q.paired_with, max(qa.percent) AS best
                  FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
                  JOIN module_versions mv ON mv.id = q.module_version_id
                 WHERE qa.enrolment_id IN (SELECT unnest(ids)) AND q.kind = 'post_test'
                   AND q.paired_with IS NOT NULL AND qa.submitted_at IS NOT NULL
                 GROUP BY 1, 2, 3, 4) post
          JOIN (SELECT DISTINCT ON (qa.enrolment_id, mv.slug, q.slug)
                       qa.enrolment_id, mv.slug AS module_slug, q.slug, qa.percent AS first
                  FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
                  JOIN module_versions mv ON mv.id = q.module_version_id
                 WHERE qa.enrolment_id IN (SELECT unnest(ids)) AND q.kind = 'pre_test' AND qa.submitted_at IS NOT NULL
                 ORDER BY qa.enrolment_id, mv.slug, q.slug, qa.submitted_at, qa.number) pre
            ON pre.enrolment_id = post.enrolment_id AND pre.module_slug = post.module_slug
           AND pre.slug = post.paired_with
      $$`);
    await queryRunner.query(
      refreshFunction(`
              LEFT JOIN (
                SELECT k.enrolment_id, avg(k.gain) AS gain FROM knowledge_gains(ids) k GROUP BY k.enrolment_id
              ) g ON g.enrolment_id = e.id`),
    );
    // A revoked certificate no longer makes its enrolment completed (until one is issued again):
    // enrolments left completed by a revocation before this rule are set back.
    await queryRunner.query(
      `UPDATE enrolments e SET status = 'enrolled'
        WHERE e.status = 'completed'
          AND EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id AND c.status = 'revoked')
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id AND c.status = 'valid')`,
    );
    await queryRunner.query(`SELECT refresh_participation_facts(ARRAY(SELECT id FROM enrolments))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(refreshFunction(PAIRED_WITHIN_VERSION));
    await queryRunner.query(`DROP FUNCTION knowledge_gains(uuid[])`);
  }
}

/** The gain as migration 1764700000000 computed it: pre- and post-test of the same module version. */
const PAIRED_WITHIN_VERSION = `
              LEFT JOIN (
                SELECT post.enrolment_id, avg(post.best - pre.first) AS gain
                  FROM (SELECT qa.enrolment_id, q.module_version_id, q.paired_with, max(qa.percent) AS best
                          FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
                         WHERE qa.enrolment_id IN (SELECT unnest(ids)) AND q.kind = 'post_test' AND q.paired_with IS NOT NULL
                           AND qa.submitted_at IS NOT NULL
                         GROUP BY 1, 2, 3) post
                  JOIN (SELECT DISTINCT ON (qa.enrolment_id, q.module_version_id, q.slug)
                               qa.enrolment_id, q.module_version_id, q.slug, qa.percent AS first
                          FROM quiz_attempts qa JOIN quizzes q ON q.id = qa.quiz_id
                         WHERE qa.enrolment_id IN (SELECT unnest(ids)) AND q.kind = 'pre_test' AND qa.submitted_at IS NOT NULL
                         ORDER BY qa.enrolment_id, q.module_version_id, q.slug, qa.number) pre
                    ON pre.enrolment_id = post.enrolment_id AND pre.module_version_id = post.module_version_id
                   AND pre.slug = post.paired_with
                 GROUP BY post.enrolment_id
              ) g ON g.enrolment_id = e.id`;

/** refresh_participation_facts of migration 1764700000000 with the given knowledge gain join (g). */
function refreshFunction(gainJoin: string): string {
  return `
      CREATE OR REPLACE FUNCTION refresh_participation_facts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
        INSERT INTO participation_facts (enrolment_id, session_id, person_id, status)
          SELECT id, session_id, person_id, status FROM enrolments WHERE id IN (SELECT unnest(ids)) ORDER BY id
          ON CONFLICT DO NOTHING;
        PERFORM 1 FROM participation_facts WHERE enrolment_id IN (SELECT unnest(ids)) ORDER BY enrolment_id FOR UPDATE;
        UPDATE participation_facts f
           SET session_id = c.session_id, person_id = c.person_id, status = c.status, gender = c.gender,
               organisation_id = c.organisation_id, person_seats = c.person_seats, attended_meetings = c.attended, attended_hours = c.hours, knowledge_gain = c.gain,
               evaluation_rating = c.rating, certified = c.certified
          FROM (
            SELECT e.id, e.session_id, e.person_id, e.status, p.gender, p.organisation_id,
                   (SELECT count(*)::int FROM enrolments other
                     WHERE other.person_id = e.person_id AND other.status IN ('enrolled', 'completed')) AS person_seats,
                   coalesce(a.attended, 0) AS attended, coalesce(a.hours, 0) AS hours, g.gain,
                   (SELECT (v.relevance + v.trainer + v.materials + v.organisation) / 4.0
                      FROM evaluations v WHERE v.enrolment_id = e.id) AS rating,
                   EXISTS (SELECT 1 FROM certificates c WHERE c.enrolment_id = e.id AND c.status = 'valid') AS certified
              FROM enrolments e
              JOIN people p ON p.id = e.person_id
              LEFT JOIN (
                SELECT a.enrolment_id, count(*)::int AS attended,
                       sum(extract(epoch FROM m.ends_at - m.starts_at)) / 3600.0 AS hours
                  FROM attendance_records a JOIN meetings m ON m.id = a.meeting_id
                 WHERE a.enrolment_id IN (SELECT unnest(ids)) AND a.status IN ('present', 'late')
                 GROUP BY a.enrolment_id
              ) a ON a.enrolment_id = e.id${gainJoin}
             WHERE e.id IN (SELECT unnest(ids))
          ) c
         WHERE f.enrolment_id = c.id;
      END $$`;
}
