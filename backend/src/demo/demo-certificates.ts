import type { DataSource } from 'typeorm';
import type { Role } from '@atolye/shared';
import type { CertificatesService } from '../certificates/certificates.service';
import { demoActor } from './demo-actor';
import { FINISHED_SESSION_TITLE } from './demo-finished-session-seeder';

/** Two of the finished session's three eligible participants already hold their certificate. */
const CERTIFIED = ['hasan.celik@atolye.example', 'meryem.aydogan@atolye.example'];

/**
 * Issues the demo certificates once, through the real issuing path (serial, hash, audit), so
 * the verification page and the holders' profiles have something to show while an eligible
 * participant still waits for theirs. Answers the verification addresses of the valid ones.
 */
export async function seedDemoCertificates(
  db: DataSource,
  certificates: CertificatesService,
): Promise<string[]> {
  const [session] = await db.query('SELECT id FROM sessions WHERE title = $1', [FINISHED_SESSION_TITLE]);
  if (!session) return [];
  const issued = async (): Promise<string[]> =>
    (
      await db.query(
        `SELECT verification_code FROM certificates WHERE session_id = $1 AND status = 'valid' ORDER BY serial`,
        [session.id],
      )
    ).map((row: { verification_code: string }) => certificates.verificationUrl(row.verification_code));
  await seedDemoTemplate(db, session.id);
  const existing = await issued();
  if (existing.length) return existing;
  const [coordinator] = await db.query<{ id: string; email: string; full_name: string; roles: Role[] }[]>(
    `SELECT id, email, full_name, roles FROM people WHERE email = 'coordinator@atolye.example'`,
  );
  if (!coordinator) return [];
  const enrolments: { id: string }[] = await db.query(
    `SELECT e.id FROM enrolments e JOIN people p ON p.id = e.person_id
      WHERE e.session_id = $1 AND p.email = ANY($2) ORDER BY p.email`,
    [session.id, CERTIFIED],
  );
  for (const enrolment of enrolments) await certificates.issue(demoActor(coordinator), enrolment.id);
  return issued();
}

/**
 * The demo training's certificate template, as an EU-funded technical-assistance project sets
 * it: a completion certificate signed by the programme coordinator and the team leader, with
 * the EU acknowledgement. Logos are left for a coordinator to upload in the portal.
 */
async function seedDemoTemplate(db: DataSource, sessionId: string): Promise<void> {
  await db.query(
    `INSERT INTO certificate_templates (training_id, wording, partner_logos, signatories, eu_funded)
     SELECT training_id, 'completion', '[]', $2::jsonb, true FROM sessions WHERE id = $1
     ON CONFLICT (training_id) DO NOTHING`,
    [
      sessionId,
      JSON.stringify([
        {
          name: 'Elif Şahin',
          title: 'Eğitim Programı Koordinatörü / Training Programme Coordinator',
          signature: null,
        },
        { name: 'Dr. Katrin Vogel', title: 'Takım Lideri / Team Leader', signature: null },
      ]),
    ],
  );
}
