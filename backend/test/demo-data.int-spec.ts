import { DataSource } from 'typeorm';
import { CertificatesService } from '../src/certificates/certificates.service';
import { CompletionService } from '../src/completion/completion.service';
import { dataSourceOptions } from '../src/database/data-source-options';
import { seedDemoCertificates } from '../src/demo/demo-certificates';
import { DemoFinishedSessionSeeder, FINISHED_SESSION_TITLE } from '../src/demo/demo-finished-session-seeder';
import { DemoSeeder } from '../src/demo/demo-seeder';
import { DemoTrainingSeeder } from '../src/demo/demo-training-seeder';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { signIn } from './support/factories';
import { createDatabase, databaseUrlWithName, dropDatabase } from './support/test-database';
import { createTestApp, type TestApp } from './support/test-app';
import { publishRepositoryContent } from './support/training-factories';

// The demo data goes into a database of its own: its fixed accounts and training would change
// what the other specs, sharing the run's database, count.
describe('demo data', () => {
  const server = process.env['TEST_DATABASE_URL'] as string;
  const name = `atolye_demo_${Date.now()}_${process.pid}`;
  let t: TestApp;

  beforeAll(async () => {
    await createDatabase(server, name);
    const url = databaseUrlWithName(server, name);
    const migrations = new DataSource(dataSourceOptions(url));
    await migrations.initialize();
    await migrations.runMigrations({ transaction: 'each' });
    await migrations.destroy();
    t = await createTestApp({}, url);
    await publishRepositoryContent(t);
  });
  afterAll(async () => {
    await t?.close();
    await dropDatabase(server, name);
  });

  async function seedAll(): Promise<string[]> {
    await t.app.get(DemoSeeder).seed();
    await t.app.get(DemoTrainingSeeder).seed();
    await t.app.get(DemoFinishedSessionSeeder).seed();
    return seedDemoCertificates(t.db, t.app.get(CertificatesService));
  }

  it('leaves the finished session with two certificates issued and two eligible people still waiting, once', async () => {
    const first = await seedAll();
    expect(first).toHaveLength(2);
    for (const url of first) expect(url).toMatch(/\/verify\/[A-Za-z0-9_-]{22,}$/);

    // Starting again changes nothing and prints the same certificates.
    expect(await seedAll()).toEqual(first);

    const [session] = await t.db.query('SELECT id FROM sessions WHERE title = $1', [FINISHED_SESSION_TITLE]);
    const completion = await t.app.get(CompletionService).compute(session.id);
    const holders = completion.filter((row) => row.certificate).map((row) => row.fullName);
    const waiting = completion.filter((row) => row.eligible && !row.certificate);
    expect(holders.sort()).toEqual(['Hasan Çelik', 'Meryem Aydoğan']);
    expect(waiting.map((row) => row.fullName).sort()).toEqual(['Omar Farouk', 'Samira Haddad']);
    expect(completion.filter((row) => !row.eligible)).toHaveLength(2);

    // Anyone can verify them.
    const code = first[0].split('/').pop() as string;
    const verified = await t.http().get(`/api/certificates/verify/${code}`).expect(200);
    expect(verified.body).toMatchObject({ status: 'valid', holderName: 'Hasan Çelik' });
  });

  it('shows an absence excused in advance and a withdrawal with its reason, both in the audit log', async () => {
    await seedAll();
    const [excused] = await t.db.query(
      `SELECT r.status, r.note FROM attendance_records r JOIN enrolments e ON e.id = r.enrolment_id
         JOIN people p ON p.id = e.person_id JOIN meetings m ON m.id = r.meeting_id
        WHERE p.email = 'trainee@atolye.example' AND m.starts_at > now()`,
    );
    expect(excused).toEqual({ status: 'excused', note: expect.stringContaining('veli toplantısı') });
    const [withdrawn] = await t.db.query(
      `SELECT after FROM audit_log WHERE action = 'enrolment.withdrawn' AND subject_label LIKE 'Ahmet%'`,
    );
    expect(withdrawn.after).toMatchObject({
      status: 'withdrawn',
      reason: expect.stringContaining('Gaziantep'),
    });
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'attendance.edited'`,
    );
    expect(count).toBeGreaterThan(0);
  });

  it('maps a region of thirty organisations with profiles, and its focal person keeps one of them', async () => {
    await seedAll();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const map = await t.http().get('/api/organisations/map').set('Cookie', coordinator).expect(200);
    expect(map.body.total).toBe(30);
    const provinces = new Map(
      map.body.byProvince.map((p: { province: string; organisations: number }) => [
        p.province,
        p.organisations,
      ]),
    );
    // Gaziantep, Hatay, Şanlıurfa, Kilis, İstanbul, İzmir and Van all have organisations working there.
    for (const code of ['TR-27', 'TR-31', 'TR-63', 'TR-79', 'TR-34', 'TR-35', 'TR-65'])
      expect(provinces.get(code)).toBeGreaterThan(1);
    expect(map.body.byType.map((b: { type: string }) => b.type)).toEqual(
      expect.arrayContaining(['cso', 'municipality', 'professional_body', 'academia', 'public_authority']),
    );

    const focal = await signIn(t, 'focal@atolye.example', DEMO_PASSWORD);
    const me = await t.http().get('/api/auth/me').set('Cookie', focal).expect(200);
    expect(me.body.roles).toEqual(['trainee', 'focal_person']);
    const own = await t
      .http()
      .get(`/api/organisations/${me.body.organisation.id}/profile`)
      .set('Cookie', focal)
      .expect(200);
    expect(own.body).toMatchObject({
      name: 'Umut Köprüsü Derneği',
      legalForm: 'association',
      staff: { women: 14, men: 9, other: 0 },
      focalPeople: [{ fullName: 'Zeynep Arslan' }],
    });
  });
});
