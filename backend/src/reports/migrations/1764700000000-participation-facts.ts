import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per enrolment for the programme reports, kept current by statement-level triggers on
 * every table it is drawn from, so the dashboard aggregates one narrow table instead of joining
 * and re-deriving attendance, hours and knowledge gain from every record on every request.
 */
export class ParticipationFacts1764700000000 implements MigrationInterface {
  name = 'ParticipationFacts1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "participation_facts" ("enrolment_id" uuid NOT NULL, "session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" text NOT NULL, "gender" text NOT NULL DEFAULT 'undeclared', "organisation_id" uuid, "person_seats" integer NOT NULL DEFAULT '1', "attended_meetings" integer NOT NULL DEFAULT '0', "attended_hours" double precision NOT NULL DEFAULT '0', "knowledge_gain" double precision, "evaluation_rating" double precision, "certified" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_8e06c4799efd511dd7e928fe43d" PRIMARY KEY ("enrolment_id"))`,
    );
    // Rows are rewritten whenever attendance, attempts or certificates change: room on each page
    // lets those updates stay on the page (HOT), so the table does not bloat between vacuums.
    await queryRunner.query(`ALTER TABLE "participation_facts" SET (fillfactor = 70)`);
    await queryRunner.query(
      `CREATE INDEX "participation_facts_session_idx" ON "participation_facts" ("session_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "quiz_attempts_enrolment_idx" ON "quiz_attempts" ("enrolment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "attendance_records_enrolment_idx" ON "attendance_records" ("enrolment_id") WHERE enrolment_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_facts" ADD CONSTRAINT "FK_8e06c4799efd511dd7e928fe43d" FOREIGN KEY ("enrolment_id") REFERENCES "enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Recomputes the facts of the given enrolments from their records (ids as a set to join, not
    // an array to search: "= ANY (ids)" compares each row with every id, which for a bulk change
    // of tens of thousands of enrolments is quadratic). The rows are locked in a
    // fixed order first: a concurrent refresh of the same enrolment waits, and the recomputation,
    // a statement of its own, then reads from a snapshot that includes the other's committed work.
    await queryRunner.query(`
      CREATE FUNCTION refresh_participation_facts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
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
              ) a ON a.enrolment_id = e.id
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
              ) g ON g.enrolment_id = e.id
             WHERE e.id IN (SELECT unnest(ids))
          ) c
         WHERE f.enrolment_id = c.id;
      END $$`);

    // Attendance, evaluations and certificates all name their enrolment.
    await queryRunner.query(`
      CREATE FUNCTION participation_facts_from_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ids := ARRAY(SELECT DISTINCT enrolment_id FROM new_rows WHERE enrolment_id IS NOT NULL);
        ELSIF TG_OP = 'UPDATE' THEN
          ids := ARRAY(SELECT enrolment_id FROM new_rows WHERE enrolment_id IS NOT NULL
                       UNION SELECT enrolment_id FROM old_rows WHERE enrolment_id IS NOT NULL);
        ELSE
          ids := ARRAY(SELECT DISTINCT enrolment_id FROM old_rows WHERE enrolment_id IS NOT NULL);
        END IF;
        PERFORM refresh_participation_facts(ids);
        RETURN NULL;
      END $$`);
    for (const table of ['attendance_records', 'evaluations', 'certificates'])
      for (const event of ['insert', 'update', 'delete'] as const)
        await statementTrigger(queryRunner, table, event, 'participation_facts_from_rows');
    await statementTrigger(queryRunner, 'quiz_attempts', 'delete', 'participation_facts_from_rows');

    // A quiz attempt matters once submitted. Its triggers are per row with a condition PostgreSQL
    // checks itself, so starting an attempt and the stream of autosaves cost nothing here.
    await queryRunner.query(`
      CREATE FUNCTION participation_facts_from_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.enrolment_id <> NEW.enrolment_id THEN
          PERFORM refresh_participation_facts(ARRAY[NEW.enrolment_id, OLD.enrolment_id]);
        ELSE
          PERFORM refresh_participation_facts(ARRAY[NEW.enrolment_id]);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER participation_facts_insert AFTER INSERT ON "quiz_attempts" FOR EACH ROW WHEN (NEW.submitted_at IS NOT NULL) EXECUTE FUNCTION participation_facts_from_attempt()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER participation_facts_update AFTER UPDATE ON "quiz_attempts" FOR EACH ROW WHEN (OLD.submitted_at IS DISTINCT FROM NEW.submitted_at OR OLD.percent IS DISTINCT FROM NEW.percent OR OLD.enrolment_id <> NEW.enrolment_id) EXECUTE FUNCTION participation_facts_from_attempt()`,
    );

    // Every enrolment has a row from the start; a change of status, session or person updates it,
    // and the seat count on the rows of the same person.
    await queryRunner.query(`
      CREATE FUNCTION participation_facts_from_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Every enrolment of the people concerned: each row counts its person's seats.
        IF TG_OP = 'INSERT' THEN
          PERFORM refresh_participation_facts(ARRAY(
            SELECT e.id FROM enrolments e WHERE e.person_id IN (SELECT person_id FROM new_rows)));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM refresh_participation_facts(ARRAY(
            SELECT e.id FROM enrolments e WHERE e.person_id IN (SELECT person_id FROM old_rows)));
        ELSE
          PERFORM refresh_participation_facts(ARRAY(
            SELECT e.id FROM enrolments e
             WHERE e.person_id IN (
               SELECT unnest(ARRAY[n.person_id, o.person_id]) FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE n.status <> o.status OR n.session_id <> o.session_id OR n.person_id <> o.person_id)));
        END IF;
        RETURN NULL;
      END $$`);
    await statementTrigger(queryRunner, 'enrolments', 'insert', 'participation_facts_from_enrolments');
    await statementTrigger(queryRunner, 'enrolments', 'update', 'participation_facts_from_enrolments');
    await statementTrigger(queryRunner, 'enrolments', 'delete', 'participation_facts_from_enrolments');

    // A person's gender or organisation, as declared now, is what every report shows.
    await queryRunner.query(`
      CREATE FUNCTION participation_facts_from_people() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_participation_facts(ARRAY(
          SELECT e.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN enrolments e ON e.person_id = n.id
           WHERE n.gender <> o.gender OR n.organisation_id IS DISTINCT FROM o.organisation_id));
        RETURN NULL;
      END $$`);
    await statementTrigger(queryRunner, 'people', 'update', 'participation_facts_from_people');

    // A meeting moved or shortened changes the hours of everyone who attended it.
    await queryRunner.query(`
      CREATE FUNCTION participation_facts_from_meetings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_participation_facts(ARRAY(
          SELECT DISTINCT a.enrolment_id
            FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN attendance_records a ON a.meeting_id = n.id
           WHERE a.enrolment_id IS NOT NULL AND (n.starts_at <> o.starts_at OR n.ends_at <> o.ends_at)));
        RETURN NULL;
      END $$`);
    await statementTrigger(queryRunner, 'meetings', 'update', 'participation_facts_from_meetings');

    await queryRunner.query(`SELECT refresh_participation_facts(ARRAY(SELECT id FROM enrolments))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['meetings', 'people', 'enrolments'])
      await queryRunner.query(`DROP TRIGGER participation_facts_update ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER participation_facts_insert ON "enrolments"`);
    await queryRunner.query(`DROP TRIGGER participation_facts_delete ON "enrolments"`);
    await queryRunner.query(`DROP FUNCTION participation_facts_from_people()`);
    await queryRunner.query(`DROP FUNCTION participation_facts_from_enrolments()`);
    for (const table of ['attendance_records', 'quiz_attempts', 'evaluations', 'certificates'])
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER participation_facts_${event} ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION participation_facts_from_attempt()`);
    await queryRunner.query(`DROP FUNCTION participation_facts_from_meetings()`);
    await queryRunner.query(`DROP FUNCTION participation_facts_from_rows()`);
    await queryRunner.query(`DROP FUNCTION refresh_participation_facts(uuid[])`);
    await queryRunner.query(
      `ALTER TABLE "participation_facts" DROP CONSTRAINT "FK_8e06c4799efd511dd7e928fe43d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."participation_facts_session_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_records_enrolment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quiz_attempts_enrolment_idx"`);
    await queryRunner.query(`DROP TABLE "participation_facts"`);
  }
}

const TRANSITION_TABLES = {
  insert: 'NEW TABLE AS new_rows',
  update: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
  delete: 'OLD TABLE AS old_rows',
};

/** An AFTER … FOR EACH STATEMENT trigger that sees the statement's rows as new_rows / old_rows. */
function statementTrigger(
  queryRunner: QueryRunner,
  table: string,
  event: keyof typeof TRANSITION_TABLES,
  fn: string,
): Promise<unknown> {
  return queryRunner.query(
    `CREATE TRIGGER participation_facts_${event} AFTER ${event.toUpperCase()} ON "${table}" REFERENCING ${TRANSITION_TABLES[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  );
}
