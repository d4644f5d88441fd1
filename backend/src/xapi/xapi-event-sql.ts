/**
 * Every learning event, one SELECT per kind, read from the records the other features keep
 * (nothing is copied): `at` is when it happened (the statement's timestamp), `recorded_at` when
 * its record was written (what forwarding follows), `record_key` the record it comes from.
 */
export const XAPI_EVENTS_SQL = `
  SELECT 'registered' AS kind, e.id::text AS record_key,
         COALESCE(e.decided_at, e.requested_at) AS at, COALESCE(e.decided_at, e.requested_at) AS recorded_at,
         e.id AS enrolment_id, '{}'::jsonb AS detail
    FROM enrolments e
   WHERE e.status IN ('enrolled', 'completed')
  UNION ALL
  SELECT 'lesson-completed', lp.enrolment_id::text || ':' || lp.lesson_id::text,
         lp.completed_at, lp.completed_at, lp.enrolment_id,
         jsonb_build_object(
           'moduleSlug', mv.slug, 'moduleTitle', mv.title, 'lessonSlug', l.slug,
           'lessonTitle', (SELECT jsonb_object_agg(tr->>'language', tr->>'title')
                             FROM jsonb_array_elements(l.translations) tr))
    FROM lesson_progress lp
    JOIN lessons l ON l.id = lp.lesson_id
    JOIN module_versions mv ON mv.id = l.module_version_id
  UNION ALL
  SELECT 'quiz-attempted', a.id::text, a.started_at, a.started_at, a.enrolment_id,
         jsonb_build_object('moduleSlug', mv.slug, 'moduleTitle', mv.title, 'quizSlug', q.slug,
                            'quizTitle', q.title, 'attempt', a.number)
    FROM quiz_attempts a
    JOIN quizzes q ON q.id = a.quiz_id
    JOIN module_versions mv ON mv.id = q.module_version_id
  UNION ALL
  SELECT 'quiz-result', a.id::text, a.submitted_at, a.submitted_at, a.enrolment_id,
         jsonb_build_object('moduleSlug', mv.slug, 'moduleTitle', mv.title, 'quizSlug', q.slug,
                            'quizTitle', q.title, 'attempt', a.number, 'score', a.score,
                            'maxScore', a.max_score, 'passed', a.passed,
                            'seconds', floor(extract(epoch FROM a.submitted_at - a.started_at))::int)
    FROM quiz_attempts a
    JOIN quizzes q ON q.id = a.quiz_id
    JOIN module_versions mv ON mv.id = q.module_version_id
   WHERE a.submitted_at IS NOT NULL AND a.passed IS NOT NULL AND a.score IS NOT NULL
  UNION ALL
  SELECT 'meeting-attended', ar.id::text, m.starts_at, ar.marked_at, ar.enrolment_id,
         jsonb_build_object('meetingId', m.id, 'topic', m.topic, 'late', ar.status = 'late')
    FROM attendance_records ar
    JOIN meetings m ON m.id = ar.meeting_id
   WHERE ar.enrolment_id IS NOT NULL AND ar.status IN ('present', 'late')
  UNION ALL
  SELECT 'training-completed', e.id::text, done.at, done.at, e.id, '{}'::jsonb
    FROM enrolments e
   CROSS JOIN LATERAL (
         SELECT COALESCE((SELECT min(c.issued_at) FROM certificates c WHERE c.enrolment_id = e.id),
                         e.decided_at, e.requested_at) AS at) done
   WHERE e.status = 'completed'
  UNION ALL
  SELECT 'certificate-earned', c.id::text, c.issued_at, c.issued_at, c.enrolment_id,
         jsonb_build_object('certificateId', c.id, 'serial', c.serial)
    FROM certificates c
   WHERE c.status = 'valid'`;

/** The event with what every statement needs: the person, the session and its training. */
export const XAPI_EVENT_COLUMNS = `
  ev.kind, ev.record_key AS "recordKey", ev.at, ev.recorded_at AS "recordedAt",
  ev.enrolment_id AS "enrolmentId", e.person_id AS "personId", e.session_id AS "sessionId",
  s.title AS "sessionTitle", s.language, s.training_id AS "trainingId", t.title AS "trainingTitle",
  ev.detail`;

export const XAPI_EVENT_JOINS = `
  JOIN enrolments e ON e.id = ev.enrolment_id
  JOIN sessions s ON s.id = e.session_id
  JOIN trainings t ON t.id = s.training_id`;
