// The programme `reports.mjs` generates, shared with `logframe.mjs`: 2,000 organisations, 1,000
// sessions of five meetings over the past year, and people each with one enrolment (50,000 by
// default), attendance, quiz attempts and evaluations. Needs the demo training to exist.
export async function generateReportsProgramme(
  db,
  { enrolments: ENROLMENTS, sessions: SESSIONS = 1000, organisations: ORGANISATIONS = 2000 },
) {
  // Bulk load as a restore would: triggers off (the ones keeping participation_facts current
  // would otherwise recompute 50,000 enrolments after each step, planned on empty-table
  // statistics), then the same refresh once for every enrolment.
  await db.query(`SET session_replication_role = replica`);
  await db.query(`
    INSERT INTO organisations (name, name_key, type, country, province, thematic_areas)
    SELECT 'Kurum ' || i, 'kurum ' || i, (ARRAY['cso','public_authority','municipality','international_organisation','academia','other'])[1 + i % 6],
           CASE WHEN i % 10 = 0 THEN 'GR' ELSE 'TR' END, 'İl ' || (i % 81), '{}'
      FROM generate_series(1, ${ORGANISATIONS}) i`);
  await db.query(`
    INSERT INTO sessions (training_id, training_revision_id, title, format, mode, language, venue, city, country, capacity,
                          enrolment_opens_at, enrolment_closes_at, enrolment_policy, trainer_ids)
    SELECT t.id, r.id, 'Oturum ' || i, 'course', 'in_person', 'tr', 'Salon', 'İl ' || (i % 81), 'TR', 60,
           now() - interval '400 days', now() - interval '1 day', 'automatic', '{}'
      FROM generate_series(1, ${SESSIONS}) i, trainings t JOIN training_revisions r ON r.training_id = t.id AND r.number = t.current_revision
     WHERE t.title->>'en' LIKE 'Working with people%'`);
  await db.query(`
    INSERT INTO meetings (session_id, starts_at, ends_at, topic, check_in_secret)
    SELECT s.id, now() - (s.row * interval '8 hours') - d * interval '1 day', now() - (s.row * interval '8 hours') - d * interval '1 day' + interval '3 hours', 'Gün ' || d, md5(random()::text)
      FROM (SELECT id, row_number() OVER () AS row FROM sessions WHERE title LIKE 'Oturum %') s, generate_series(1, 5) d`);
  await db.query(`
    WITH o AS (SELECT array_agg(id) AS ids FROM organisations WHERE name LIKE 'Kurum %')
    INSERT INTO people (email, full_name, password_hash, roles, gender, organisation_id)
    SELECT 'p' || i || '@bench.example', 'Kişi ' || i, 'x', '{trainee}', (ARRAY['female','male','other','undeclared'])[1 + (i % 7) % 4], o.ids[1 + i % ${ORGANISATIONS}]
      FROM generate_series(1, ${ENROLMENTS}) i, o`);
  await db.query(`
    WITH s AS (SELECT array_agg(id ORDER BY id) AS ids FROM sessions WHERE title LIKE 'Oturum %'),
         p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE email LIKE '%@bench.example')
    INSERT INTO enrolments (session_id, person_id, training_revision_id, status)
    SELECT s.ids[1 + p.n % ${SESSIONS}], p.id, (SELECT training_revision_id FROM sessions WHERE id = s.ids[1 + p.n % ${SESSIONS}]),
           CASE WHEN p.n % 10 < 6 THEN 'completed' ELSE 'enrolled' END
      FROM p, s`);
  await db.query(`
    INSERT INTO attendance_records (meeting_id, enrolment_id, status, method)
    SELECT m.id, e.id, (ARRAY['present','present','present','late','excused','absent'])[1 + abs(hashtext(e.id::text || m.id::text)) % 6], 'trainer'
      FROM enrolments e JOIN meetings m ON m.session_id = e.session_id
     WHERE e.person_id IN (SELECT id FROM people WHERE email LIKE '%@bench.example')`);
  await db.query(`
    INSERT INTO quiz_attempts (quiz_id, enrolment_id, number, layout, answers, max_score, score, percent, passed, submitted_at, graded)
    SELECT q.id, e.id, 1, '{"questionIds":[],"order":{}}', '{}', 10, 5, CASE WHEN q.kind = 'pre_test' THEN 30 + abs(hashtext(e.id::text)) % 40 ELSE 60 + abs(hashtext(e.id::text)) % 40 END, true, now(), '{}'
      FROM enrolments e, quizzes q JOIN module_versions m ON m.id = q.module_version_id
     WHERE m.slug = 'international-protection-legal-framework' AND e.person_id IN (SELECT id FROM people WHERE email LIKE '%@bench.example') AND abs(hashtext(e.id::text)) % 2 = 0`);
  await db.query(`
    INSERT INTO evaluations (session_id, enrolment_id, relevance, trainer, materials, organisation, anonymous)
    SELECT e.session_id, e.id, 3 + abs(hashtext(e.id::text)) % 3, 4, 4, 3 + abs(hashtext(e.id::text || 'o')) % 3, true
      FROM enrolments e WHERE e.person_id IN (SELECT id FROM people WHERE email LIKE '%@bench.example') AND abs(hashtext(e.id::text)) % 5 < 2`);
  await db.query(`SET session_replication_role = origin`);
  await db.query('ANALYZE');
  await db.query('SELECT refresh_participation_facts(ARRAY(SELECT id FROM enrolments))');
  // As autovacuum would have by the time anyone reads a dashboard: the triggers that keep
  // participation_facts current rewrote each row several times during the bulk load.
  await db.query('VACUUM ANALYZE');
}
