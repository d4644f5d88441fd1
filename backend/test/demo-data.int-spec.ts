import { DataSource } from 'typeorm';
import { CertificatesService } from '../src/certificates/certificates.service';
import { CompletionService } from '../src/completion/completion.service';
import { dataSourceOptions } from '../src/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { MIGRATIONS } from '../src/migrations';
import { seedDemoCertificates } from '../src/demo/demo-certificates';
import { DemoCapacitySeeder } from '../src/demo/demo-capacity-seeder';
import { DEMO_ACTIVE_TRACK_TITLE } from '../src/demo/demo-coaching';
import { DemoFinishedSessionSeeder, FINISHED_SESSION_TITLE } from '../src/demo/demo-finished-session-seeder';
import { DemoFollowUpSeeder } from '../src/demo/demo-follow-up-seeder';
import { DemoSeeder } from '../src/demo/demo-seeder';
import { DemoTrainingSeeder } from '../src/demo/demo-training-seeder';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { signIn } from './support/factories';
import { statementProblems } from './support/xapi-validation';
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
    const migrations = new DataSource(dataSourceOptions(url, ENTITIES, MIGRATIONS));
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

  it('leaves the finished session with two certificates issued and one eligible person still waiting, once', async () => {
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
    expect(waiting.map((row) => row.fullName)).toEqual(['Omar Farouk']);
    expect(completion.filter((row) => !row.eligible)).toHaveLength(3);
    // Samira attended and read everything but failed one post-test at its own pass mark.
    const samira = completion.find((row) => row.fullName === 'Samira Haddad');
    expect(samira?.criteria.filter((c) => !c.met)).toEqual([
      {
        criterion: 'post_test',
        label: 'international-protection-legal-framework/post-test',
        moduleTitle: {
          en: 'International protection: the legal framework',
          tr: 'Uluslararası koruma: hukuki çerçeve',
        },
        met: false,
        value: 69,
        required: 70,
        attemptsLeft: 1,
      },
    ]);

    // Anyone can verify them.
    const code = first[0].split('/').pop() as string;
    const verified = await t.http().get(`/api/certificates/verify/${code}`).expect(200);
    expect(verified.body).toMatchObject({ status: 'valid', holderName: 'Hasan Çelik' });
    // Issued with the demo training's template: EU-funded, signed by two people.
    const [issued] = await t.db.query(
      'SELECT render_version, template FROM certificates WHERE verification_code = $1',
      [code],
    );
    expect(issued.render_version).toBe(2);
    expect(issued.template).toMatchObject({ wording: 'completion', euFunded: true });
    expect(issued.template.signatories.map((s: { name: string }) => s.name)).toEqual([
      'Elif Şahin',
      'Dr. Katrin Vogel',
    ]);
    // Each demo certificate is an Open Badge credential too, in the holder's name.
    const credentials: { jwt: string }[] = await t.db.query(
      `SELECT cc.jwt FROM certificate_credentials cc JOIN certificates c ON c.id = cc.certificate_id
        WHERE c.verification_code = ANY($1)`,
      [first.map((url) => url.split('/').pop())],
    );
    expect(credentials).toHaveLength(2);
    const names = credentials.map(
      ({ jwt }) =>
        JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()).vc.credentialSubject.identifier[0]
          .identityHash,
    );
    expect(names.sort()).toEqual(['Hasan Çelik', 'Meryem Aydoğan']);
  });

  it('shows the programme figures a coordinator signs: attendance of held meetings, completion of ended sessions', async () => {
    await seedAll();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const { body } = await t.http().get('/api/reports/dashboard').set('Cookie', coordinator).expect(200);
    // Only İzmir has held meetings and ended: five attended 3 of 3 (late counts), Elena 2 of 3
    // (excused is not attended): (5 × 100 + 66.67) / 6 = 94.4 %. Gaziantep and the online cohort
    // have not started, so their meetings to come are no absences.
    expect(body.measures.average_attendance_rate).toBe(94.4);
    // Of İzmir's six, Hasan and Meryem hold a certificate (completed): 2 / 6 = 33.3 %.
    expect(body.measures.completion_rate).toBe(33.3);
    // Per trainee, the mean over the three modules of best post-test minus first pre-test:
    // Hasan (52 + 40 + 48) / 3, Meryem (48 + 38 + 46) / 3, Omar (55 + 44 + 52) / 3,
    // Samira (13 + 32 + 28) / 3, Elena (29 + 33 + 36) / 3; Yasemin took no post-test.
    // (140 + 132 + 151 + 73 + 98) / 3 / 5 = 39.6 points.
    expect(body.measures.average_knowledge_gain).toBe(39.6);
    expect(body.progress).toEqual({
      sessions_ended: 1,
      sessions_in_progress: 0,
      sessions_upcoming: 2,
      enrolments_in_progress: 0,
    });
  });

  it('gives learning records of every kind as valid xAPI statements, with no e-mail address in them', async () => {
    await seedAll();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const response = await t
      .http()
      .get('/api/xapi/statements')
      .set('Cookie', coordinator)
      .buffer(true)
      .parse(((res: NodeJS.ReadableStream, done: (e: null, body: string) => void) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      }) as never)
      .expect(200);
    const text = response.body as string;
    const statements = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const verbs = new Set(statements.map((s) => s.verb.id.split('/').pop()));
    expect([...verbs].sort()).toEqual([
      'attempted',
      'attended',
      'completed',
      'earned',
      'failed',
      'passed',
      'registered',
    ]);
    // Hasan's and Meryem's certificates, issued by the demo.
    expect(statements.filter((s) => s.verb.id.endsWith('/earned'))).toHaveLength(2);
    for (const statement of statements) expect(statementProblems(statement, t.config.publicUrl)).toEqual([]);
    expect(text).not.toContain('@atolye.example');
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

  it('gives the open Gaziantep session its post-tests due in four days at 17:00 Istanbul time', async () => {
    await seedAll();
    const rows: { quiz_slug: string; local: string }[] = await t.db.query(
      `SELECT d.quiz_slug, to_char(d.closes_at AT TIME ZONE 'Europe/Istanbul', 'YYYY-MM-DD HH24:MI') AS local
         FROM session_quiz_deadlines d JOIN sessions s ON s.id = d.session_id
        WHERE s.title = 'Gaziantep — in-person course'`,
    );
    // Three modules, one post-test each; the day counted on Istanbul's calendar from today.
    const [{ day }] = await t.db.query(
      `SELECT to_char((now() AT TIME ZONE 'Europe/Istanbul')::date + 4, 'YYYY-MM-DD') AS day`,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toEqual({ quiz_slug: 'post-test', local: `${day} 17:00` });
    // No other session has deadlines.
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM session_quiz_deadlines d JOIN sessions s ON s.id = d.session_id
        WHERE s.title <> 'Gaziantep — in-person course'`,
    );
    expect(count).toBe(0);
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

  it('puts the demo trainers on the roster with their expertise, languages and delivered session', async () => {
    await seedAll();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const roster = (await t.http().get('/api/trainers').set('Cookie', coordinator).expect(200)).body;
    const byName = new Map(roster.items.map((e: { fullName: string }) => [e.fullName, e]));
    expect(byName.get('Murat Güneş')).toMatchObject({
      profile: { expertiseAreas: expect.arrayContaining(['Data protection']), languages: ['tr', 'en'] },
      sessionsDelivered: 1,
      ratingCount: expect.any(Number),
    });
    expect(byName.get('Selin Karataş')).toMatchObject({ profile: { languages: ['tr', 'ar', 'en'] } });
    expect(byName.get('Nadia Benali')).toMatchObject({ profile: { languages: ['fr', 'en', 'ar'] } });
    expect(roster.languages).toEqual(['ar', 'en', 'fr', 'tr']);
  });

  it('has a study visit to Brussels with reports and follow-up actions, and a workshop with speakers, once', async () => {
    await seedAll();
    await seedAll();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const events = (await t.http().get('/api/programme-events').set('Cookie', coordinator).expect(200)).body;
    expect(events.map((e: { kind: string }) => e.kind).sort()).toEqual(['study_visit', 'workshop']);
    const visit = events.find((e: { kind: string }) => e.kind === 'study_visit');
    const detail = (
      await t.http().get(`/api/programme-events/${visit.id}`).set('Cookie', coordinator).expect(200)
    ).body;
    expect(detail).toMatchObject({ city: 'Brussels', country: 'BE', participantCount: 6 });
    expect(detail.reports).toHaveLength(3);
    expect(detail.followUpActions.map((a: { ownerName: string }) => a.ownerName)).toEqual([
      'Zeynep Arslan',
      'Ahmet Yılmaz',
      'Layla Haddad',
    ]);
    const figures = (
      await t.http().get('/api/reports/programme-events').set('Cookie', coordinator).expect(200)
    ).body;
    expect(figures.workshops.speakersByGender).toEqual({ female: 2, male: 1, other: 0, undeclared: 0 });
    expect(figures.studyVisits.participants).toBe(6);
  });

  it('has an active coaching track with open action items and a comment to resolve, and a finished one that counts, once', async () => {
    await seedAll();
    await seedAll();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const tracks = (await t.http().get('/api/coaching-tracks').set('Cookie', coordinator).expect(200)).body;
    expect(tracks.map((track: { status: string }) => track.status).sort()).toEqual([
      'active',
      'finished',
      'planned',
    ]);
    const active = tracks.find((track: { title: string }) => track.title === DEMO_ACTIVE_TRACK_TITLE);
    expect(active).toMatchObject({
      mentor: { fullName: 'Murat Güneş' },
      mentorKind: 'trainer',
      openActionItems: 2,
    });

    // The demo trainee is on its team: she finds it under "My coaching", with the comment to resolve.
    const trainee = await signIn(t, 'trainee@atolye.example', DEMO_PASSWORD);
    const mine = (await t.http().get('/api/my/coaching-tracks').set('Cookie', trainee).expect(200)).body;
    expect(mine.map((track: { title: string }) => track.title)).toEqual([DEMO_ACTIVE_TRACK_TITLE]);
    const detail = (
      await t.http().get(`/api/coaching-tracks/${active.id}`).set('Cookie', trainee).expect(200)
    ).body;
    expect(detail.draft.map((item: { level: string }) => item.level)).toEqual([
      'overall_objective',
      'specific_objective',
      'result',
      'activity',
      'activity',
      'result',
    ]);
    const open = detail.draft.flatMap((item: { comments: { resolved: boolean }[] }) =>
      item.comments.filter((c) => !c.resolved),
    );
    expect(open).toHaveLength(1);

    // The finished track: Konak and Ankara; Ahmet and Hasan (men) and Yasemin (a woman); 120 + 60 + 90 minutes.
    const figures = (await t.http().get('/api/reports/coaching').set('Cookie', coordinator).expect(200)).body;
    expect(figures).toMatchObject({
      tracksFinished: 1,
      organisationsCoached: 2,
      peopleCoached: 3,
      peopleCoachedByGender: { female: 1, male: 2, other: 0, undeclared: 0 },
      meetingsHeld: 3,
      meetingHours: 4.5,
    });
  });

  it('has follow-up answers to a session six months past, and the demo trainee’s open survey on the home page, once', async () => {
    await seedAll();
    await t.app.get(DemoFollowUpSeeder).seed();
    await t.app.get(DemoFollowUpSeeder).seed();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const figures = (await t.http().get('/api/reports/follow-up').set('Cookie', coordinator).expect(200))
      .body;
    // Wave 3: 4 of 5 answered, yes + yes + partly = 3 used; wave 6: 3 of 5, yes + partly = 2.
    expect(figures.waves).toEqual([
      { wave: 3, invited: 5, respondents: 4, used: 3, usedShare: 75, responseRate: 80 },
      { wave: 6, invited: 5, respondents: 3, used: 2, usedShare: 66.7, responseRate: 60 },
    ]);
    const trainee = await signIn(t, 'trainee@atolye.example', DEMO_PASSWORD);
    const home = (await t.http().get('/api/home').set('Cookie', trainee).expect(200)).body;
    expect(home.trainee.followUpsDue).toEqual([
      expect.objectContaining({ sessionTitle: 'İzmir — spring course', wave: 6 }),
    ]);
  });

  it('has a logframe of the programme with computed indicators and two values entered with evidence, once', async () => {
    await seedAll();
    await seedAll();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const logframe = (
      await t.http().get('/api/logframe?from=2026-01-01&to=2027-12-31').set('Cookie', coordinator).expect(200)
    ).body as import('@atolye/shared').Logframe;
    expect(logframe.items.map((i) => i.code)).toEqual([
      'OO',
      'SO1',
      'R1.1',
      'A1.1.1',
      'A1.1.2',
      'R1.2',
      'A1.2.1',
      'SO2',
      'R2.1',
      'A2.1.1',
      'R2.2',
      'A2.2.1',
    ]);
    expect(logframe.items[0].title.en).toContain('refugees and migrants in Türkiye');
    const indicators = logframe.items.flatMap((i) => i.indicators);
    const manual = indicators.filter((i) => i.source === 'manual');
    expect(manual.map((i) => [i.code, i.current.value])).toEqual([
      ['OO-1', 44],
      ['SO2-1', 4],
    ]);
    // The Brussels study visit's six participants, from the programme events.
    expect(indicators.find((i) => i.source === 'computed:study_visit_participants')?.current.value).toBe(6);
    const detail = (
      await t.http().get(`/api/logframe/indicators/${manual[0].id}`).set('Cookie', coordinator).expect(200)
    ).body as import('@atolye/shared').LogframeIndicatorDetail;
    expect(detail.manualValues).toEqual([
      expect.objectContaining({
        enteredBy: 'Elif Şahin',
        evidence: expect.objectContaining({
          name: 'partner-survey-2026-h1.pdf',
          mediaType: 'application/pdf',
        }),
      }),
    ]);
    const file = await t
      .http()
      .get(`/api/logframe/values/${detail.manualValues[0].id}/evidence`)
      .set('Cookie', coordinator)
      .expect(200);
    expect(file.headers['content-type']).toMatch(/application\/pdf/);
  });

  it('has capacity self-assessments of four organisations, two with an endline, and the focal person’s endline in draft, once', async () => {
    await seedAll();
    await t.app.get(DemoCapacitySeeder).seed();
    await t.app.get(DemoCapacitySeeder).seed();
    const coordinator = await signIn(t, 'coordinator@atolye.example', DEMO_PASSWORD);
    const overview = (await t.http().get('/api/reports/capacity').set('Cookie', coordinator).expect(200))
      .body;
    // Overall scores worked out in demo-capacity.ts: Mersin 2.1 → 2.9, Konak 2.6 → 2.5.
    expect(
      overview.rows.map(
        (r: { organisationName: string; baselineOverall: number; endlineOverall: number | null }) => [
          r.organisationName,
          r.baselineOverall,
          r.endlineOverall,
        ],
      ),
    ).toEqual([
      ['Anadolu Göç Araştırmaları Merkezi', 2.7, null],
      ['Konak Belediyesi Göç ve Uyum Masası', 2.6, 2.5],
      ['Mersin Göç ve Kalkınma Derneği', 2.1, 2.9],
      ['Umut Köprüsü Derneği', 2.3, null],
    ]);
    expect(overview.figures).toEqual({ assessed: 4, withBothRounds: 2, improved: 1 });

    const focal = await signIn(t, 'focal@atolye.example', DEMO_PASSWORD);
    const mine = (await t.http().get('/api/auth/me').set('Cookie', focal).expect(200)).body;
    const capacity = (
      await t
        .http()
        .get(`/api/organisations/${mine.organisation.id}/capacity`)
        .set('Cookie', focal)
        .expect(200)
    ).body;
    expect(capacity.baseline.status).toBe('submitted');
    expect(capacity.endline.status).toBe('draft');
    expect(capacity.weakestDomains).toEqual(['financial_sustainability', 'governance']);
    expect(capacity.recommendations[0].title.en).toBe('Financial sustainability and governance for CSOs');
  });
});
