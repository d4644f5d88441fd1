import type { EntityManager } from 'typeorm';
import type { Language, LocalisedText } from '@atolye/shared';

export interface CertificateFacts {
  enrolmentId: string;
  personId: string;
  sessionId: string;
  trainingId: string;
  holderName: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
  languages: Language[];
  startsOn: string | null;
  endsOn: string | null;
  place: string;
  hours: number;
  modules: { title: LocalisedText; version: string }[];
}

interface FactsRow {
  enrolment_id: string;
  person_id: string;
  session_id: string;
  training_id: string;
  full_name: string;
  training_title: LocalisedText;
  languages: Language[];
  session_title: string;
  city: string;
  mode: string;
  starts_on: string | null;
  ends_on: string | null;
  hours: string;
  modules: CertificateFacts['modules'] | null;
}

/** What a certificate states about an enrolment, read in the issuing transaction. */
export async function certificateFacts(
  manager: EntityManager,
  enrolmentId: string,
): Promise<CertificateFacts | null> {
  const [facts] = await certificateFactsOf(manager, [enrolmentId]);
  return facts ?? null;
}

/** What the certificates of several enrolments state, in one query; unknown ids are left out. */
export async function certificateFactsOf(
  manager: EntityManager,
  enrolmentIds: string[],
): Promise<CertificateFacts[]> {
  const rows: FactsRow[] = await manager.query(
    `SELECT e.id AS enrolment_id, e.person_id, s.id AS session_id, t.id AS training_id, p.full_name, t.title AS training_title, t.languages,
            s.title AS session_title, s.city, s.venue, s.mode,
            (SELECT to_char(min(m.starts_at) AT TIME ZONE s.time_zone, 'YYYY-MM-DD') FROM meetings m WHERE m.session_id = s.id) AS starts_on,
            (SELECT to_char(max(m.ends_at) AT TIME ZONE s.time_zone, 'YYYY-MM-DD') FROM meetings m WHERE m.session_id = s.id) AS ends_on,
            (SELECT coalesce(round(sum(extract(epoch FROM m.ends_at - m.starts_at)) / 3600.0 * 2) / 2, 0) FROM meetings m WHERE m.session_id = s.id) AS hours,
            (SELECT jsonb_agg(jsonb_build_object('title', mv.title, 'version', mv.version) ORDER BY array_position(r.module_version_ids, mv.id))
               FROM module_versions mv WHERE mv.id = ANY(r.module_version_ids)) AS modules
       FROM enrolments e JOIN people p ON p.id = e.person_id JOIN sessions s ON s.id = e.session_id
       JOIN trainings t ON t.id = s.training_id JOIN training_revisions r ON r.id = e.training_revision_id
      WHERE e.id = ANY($1::uuid[])`,
    [enrolmentIds],
  );
  return rows.map((row) => ({
    enrolmentId: row.enrolment_id,
    personId: row.person_id,
    sessionId: row.session_id,
    trainingId: row.training_id,
    holderName: row.full_name,
    trainingTitle: row.training_title,
    sessionTitle: row.session_title,
    languages: row.languages,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    place: row.mode === 'online' ? 'Online' : row.city,
    hours: Number(row.hours),
    modules: row.modules ?? [],
  }));
}
