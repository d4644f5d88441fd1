import ExcelJS from 'exceljs';
import type {
  Logframe,
  LogframeIndicator,
  LogframeIndicatorDetail,
  LogframeItem,
  SaveLogframeIndicatorRequest,
} from '@atolye/shared';
import { readPdf } from '../src/common/pdf/pdf-inspection';
import { figureDefinition } from '../src/figures/figure-definitions';
import { createOrganisation, createPerson, signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import {
  createSession,
  createTraining,
  enrolByHand,
  publishRepositoryContent,
} from './support/training-factories';

const binary = (res: import('superagent').Response, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const PDF_BYTES = Buffer.from('%PDF-1.4\n% minutes of the steering committee\n%%EOF\n');
const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;

/**
 * The figures below are counted by hand over this spec's own rows: a training session whose
 * meetings are in March 2031 (three people enrolled: two women, one man, from a CSO in Kilis
 * and a municipality in Van) and a study visit in April 2031 with two of them. No other spec
 * has sessions or events in 2031.
 */
describe('the programme logframe', () => {
  let t: TestApp;
  let coordinator: string;
  let trainer: string;
  let trainee: string;
  const period = '?from=2031-01-01&to=2031-12-31';
  let oo: LogframeItem;
  let so1: LogframeItem;
  let r11: LogframeItem;

  const indicatorRequest = (
    over: Partial<SaveLogframeIndicatorRequest> = {},
  ): SaveLogframeIndicatorRequest => ({
    text: { en: 'Number of CSO staff trained', tr: 'Eğitim alan STK çalışanı sayısı' },
    unit: 'number',
    baselineValue: 0,
    baselineDate: '2030-01-01',
    targetValue: 10,
    targetDate: '2032-12-31',
    meansOfVerification: { en: 'Attendance records', tr: 'Katılım kayıtları' },
    disaggregations: ['gender'],
    source: 'computed:people_enrolled',
    ...over,
  });
  const post = (path: string, body: object, cookie = coordinator) =>
    t.http().post(`/api/logframe${path}`).set('Cookie', cookie).send(body);
  const addItem = async (level: LogframeItem['level'], parentId: string | null, en: string) =>
    (await post('/items', { level, parentId, title: { en, tr: `${en} (TR)` }, assumptions: {} }).expect(201))
      .body as LogframeItem;
  const read = async (query = period) =>
    (await t.http().get(`/api/logframe${query}`).set('Cookie', coordinator).expect(200)).body as Logframe;

  beforeAll(async () => {
    t = await createTestApp({ reportMinCell: 1 });
    // One logframe per programme: this spec builds its own from nothing.
    await t.db.query('DELETE FROM logframe_items');
    await publishRepositoryContent(t);
    coordinator = (await signedIn(t, ['coordinator'])).cookie;
    trainer = (await signedIn(t, ['trainer'])).cookie;
    trainee = (await signedIn(t, ['trainee'])).cookie;

    const kilis = await createOrganisation(t.db, { type: 'cso', province: 'Kilis' });
    const van = await createOrganisation(t.db, { type: 'municipality', province: 'Van' });
    const people = [
      await createPerson(t.db, { fullName: 'Hatice Yavuz', gender: 'female', organisationId: kilis.id }),
      await createPerson(t.db, { fullName: 'Nur Aksoy', gender: 'female', organisationId: van.id }),
      await createPerson(t.db, { fullName: 'Emre Taş', gender: 'male', organisationId: kilis.id }),
    ];
    const training = await createTraining(t, coordinator);
    const session = await createSession(t, coordinator, training.id, {
      title: 'Kilis cohort 2031',
      meetings: [
        { startsAt: '2031-03-10T07:00:00Z', endsAt: '2031-03-10T10:00:00Z', topic: 'Legal framework' },
        { startsAt: '2031-03-11T07:00:00Z', endsAt: '2031-03-11T10:00:00Z', topic: 'Referral' },
      ],
    });
    for (const person of people) await enrolByHand(t, coordinator, session.id, person.id);
    await t
      .http()
      .post('/api/programme-events')
      .set('Cookie', coordinator)
      .send({
        kind: 'study_visit',
        title: 'Study visit to Athens 2031',
        description: null,
        startsOn: '2031-04-07',
        endsOn: '2031-04-10',
        city: 'Athens',
        country: 'GR',
        hostOrganisations: ['Greek Council for Refugees'],
        agenda: [],
        costs: [],
        speakers: [],
        participantIds: [people[0].id, people[2].id],
        followUpActions: [],
      })
      .expect(201);

    oo = await addItem('overall_objective', null, 'Strengthened capacity of CSOs');
    so1 = await addItem('specific_objective', oo.id, 'CSOs deliver better protection services');
    r11 = await addItem('result', so1.id, 'CSO staff trained');
  });
  afterAll(() => t.close());

  describe('tree', () => {
    it('codes items by their place and renumbers them when one moves', async () => {
      const so2 = await addItem('specific_objective', oo.id, 'Dialogue with public authorities improved');
      const r21 = await addItem('result', so2.id, 'Joint meetings held');
      const a211 = await addItem('activity', r21.id, 'Organise quarterly meetings');
      expect([oo.code, so1.code, r11.code, so2.code, r21.code, a211.code]).toEqual([
        'OO',
        'SO1',
        'R1.1',
        'SO2',
        'R2.1',
        'A2.1.1',
      ]);
      await post(`/items/${so2.id}/move`, { direction: 'up' }).expect(200);
      const moved = await read();
      const code = (id: string) => moved.items.find((i) => i.id === id)?.code;
      expect([code(so2.id), code(r21.id), code(a211.id), code(so1.id), code(r11.id)]).toEqual([
        'SO1',
        'R1.1',
        'A1.1.1',
        'SO2',
        'R2.1',
      ]);
      // Depth first: each item right after its parent.
      expect(moved.items.map((i) => i.code)).toEqual(['OO', 'SO1', 'R1.1', 'A1.1.1', 'SO2', 'R2.1']);
      await post(`/items/${so2.id}/move`, { direction: 'down' }).expect(200);

      const edited = await t
        .http()
        .put(`/api/logframe/items/${r21.id}`)
        .set('Cookie', coordinator)
        .send({
          level: 'result',
          parentId: so1.id,
          title: { en: 'Joint meetings held with provincial migration directorates' },
          assumptions: {
            en: 'Directorates keep taking part',
            tr: 'İl göç müdürlükleri katılmaya devam eder',
          },
        })
        .expect(200);
      expect(edited.body).toMatchObject({ code: 'R1.2', parentId: so1.id });

      await t.http().delete(`/api/logframe/items/${so2.id}`).set('Cookie', coordinator).expect(204);
      // The moved result stays; the emptied objective's activity was under the moved result and stays too.
      const after = await read();
      expect(after.items.map((i) => i.code)).toEqual(['OO', 'SO1', 'R1.1', 'R1.2', 'A1.2.1']);
      await t.http().delete(`/api/logframe/items/${r21.id}`).set('Cookie', coordinator).expect(204);
      expect((await read()).items.map((i) => i.code)).toEqual(['OO', 'SO1', 'R1.1']);
    });

    it('refuses an item under a parent of the wrong level, naming parentId', async () => {
      const response = await post('/items', {
        level: 'activity',
        parentId: so1.id,
        title: { en: 'Misplaced activity' },
        assumptions: {},
      }).expect(400);
      expect(response.body.details).toEqual([
        {
          field: 'parentId',
          reason: 'must be a result: a activity cannot sit under a specific objective',
        },
      ]);
      const orphan = await post('/items', {
        level: 'result',
        parentId: null,
        title: { en: 'x' },
        assumptions: {},
      });
      expect(orphan.status).toBe(400);
      expect(orphan.body.details[0].field).toBe('parentId');
      const second = await post('/items', {
        level: 'overall_objective',
        parentId: null,
        title: { en: 'A second overall objective' },
        assumptions: {},
      }).expect(400);
      expect(second.body.details[0]).toEqual({
        field: 'level',
        reason: 'the logframe already has its overall objective',
      });
      const badLevel = await post('/items', {
        level: 'goal',
        parentId: null,
        title: { en: 'x' },
        assumptions: {},
      });
      expect(badLevel.status).toBe(400);
      expect(badLevel.body.details[0].field).toBe('level');
      expect((await read()).items).toHaveLength(3);
    });

    it('lets only coordinators and administrators read or write it', async () => {
      for (const cookie of [trainer, trainee]) {
        await t.http().get('/api/logframe').set('Cookie', cookie).expect(403);
        await post(
          '/items',
          { level: 'result', parentId: so1.id, title: { en: 'x' }, assumptions: {} },
          cookie,
        ).expect(403);
        await post(`/items/${r11.id}/indicators`, indicatorRequest(), cookie).expect(403);
      }
      await t.http().get('/api/logframe').expect(401);
      const admin = (await signedIn(t, ['admin'])).cookie;
      await t.http().get('/api/logframe').set('Cookie', admin).expect(200);
    });
  });

  describe('indicators', () => {
    let computed: LogframeIndicator;
    let manual: LogframeIndicator;

    beforeAll(async () => {
      computed = (await post(`/items/${r11.id}/indicators`, indicatorRequest()).expect(201)).body;
      manual = (
        await post(
          `/items/${so1.id}/indicators`,
          indicatorRequest({
            text: {
              en: 'Referrals accepted by public services',
              tr: 'Kamu hizmetlerince kabul edilen yönlendirme',
            },
            unit: 'percent',
            baselineValue: 40,
            targetValue: 70,
            disaggregations: ['gender', 'age_band'],
            source: 'manual',
          }),
        ).expect(201)
      ).body;
    });

    it('computes a dashboard measure for the period, split by gender, as counted by hand', async () => {
      // Three people enrolled in the March 2031 session: Hatice and Nur (women), Emre (man).
      expect(computed.code).toBe('R1.1-1');
      const logframe = await read();
      const shown = logframe.items.find((i) => i.id === r11.id)?.indicators[0];
      expect(shown?.current).toEqual({ value: 3, manualValueId: null });
      const detail: LogframeIndicatorDetail = (
        await t
          .http()
          .get(`/api/logframe/indicators/${computed.id}${period}`)
          .set('Cookie', coordinator)
          .expect(200)
      ).body;
      expect(detail.definition).toEqual(figureDefinition('people_enrolled').definition);
      expect(detail.disaggregation).toEqual([
        {
          by: 'gender',
          rows: [
            { key: 'female', value: 2 },
            { key: 'male', value: 1 },
            { key: 'other', value: 0 },
            { key: 'undeclared', value: 0 },
          ],
        },
      ]);
      // Calendar years from the baseline's (2030) to the target's (2032): only 2031 has the session.
      expect(detail.overTime.map((y) => [y.period.from.slice(0, 4), y.value])).toEqual([
        ['2030', 0],
        ['2031', 3],
        ['2032', 0],
      ]);
      // Outside the session's days, nothing.
      const before = await read('?from=2031-01-01&to=2031-02-28');
      expect(before.items.find((i) => i.id === r11.id)?.indicators[0].current.value).toBe(0);
    });

    it('computes study visit participants from the programme events, by province', async () => {
      const visit = (
        await post(
          `/items/${r11.id}/indicators`,
          indicatorRequest({
            text: { en: 'Staff on study visits' },
            source: 'computed:study_visit_participants',
            disaggregations: ['province'],
          }),
        ).expect(201)
      ).body as LogframeIndicator;
      const detail: LogframeIndicatorDetail = (
        await t
          .http()
          .get(`/api/logframe/indicators/${visit.id}${period}`)
          .set('Cookie', coordinator)
          .expect(200)
      ).body;
      // Hatice and Emre went to Athens; both work for the CSO in Kilis.
      expect(detail.indicator.current.value).toBe(2);
      expect(detail.disaggregation).toEqual([{ by: 'province', rows: [{ key: 'Kilis', value: 2 }] }]);
      await t.http().delete(`/api/logframe/indicators/${visit.id}`).set('Cookie', coordinator).expect(204);
    });

    it('refuses an unknown source and a disaggregation the source cannot give, naming the field', async () => {
      const unknown = await post(
        `/items/${r11.id}/indicators`,
        indicatorRequest({ source: 'computed:tea_served' }),
      ).expect(400);
      expect(unknown.body.details[0].field).toBe('source');
      expect(unknown.body.details[0].reason).toContain('computed:people_enrolled');
      const split = await post(
        `/items/${r11.id}/indicators`,
        indicatorRequest({ source: 'computed:follow_up_used_3m', disaggregations: ['province'] }),
      ).expect(400);
      expect(split.body.details[0].field).toBe('disaggregations');
      const dates = await post(
        `/items/${r11.id}/indicators`,
        indicatorRequest({ baselineDate: '2032-01-01', targetDate: '2031-01-01' }),
      ).expect(400);
      expect(dates.body.details[0].field).toBe('targetDate');
      const logframe = await read();
      expect(logframe.items.find((i) => i.id === r11.id)?.indicators).toHaveLength(1);
    });

    it('keeps a value entered by hand with its evidence, who entered it, and shows it for the period', async () => {
      const saved = await post(`/indicators/${manual.id}/values`, {
        periodStart: '2031-01-01',
        periodEnd: '2031-06-30',
        value: 55.5,
        cells: [
          { by: 'gender', key: 'female', value: 60 },
          { by: 'age_band', key: '25_34', value: 52 },
        ],
        sourceNote: 'Referral log of the Gaziantep provincial directorate, first half of 2031',
        evidence: { name: 'referral-log-2031-h1.pdf', dataUrl: dataUrl('application/pdf', PDF_BYTES) },
      }).expect(201);
      expect(saved.body).toMatchObject({
        value: 55.5,
        enteredBy: 'Ayşe Yıldız',
        evidence: { name: 'referral-log-2031-h1.pdf', mediaType: 'application/pdf', size: PDF_BYTES.length },
      });
      // A later period in the year wins; one outside it never counts.
      await post(`/indicators/${manual.id}/values`, {
        periodStart: '2031-07-01',
        periodEnd: '2031-12-31',
        value: 61,
        cells: [],
        sourceNote: 'Referral log, second half',
        evidence: null,
      }).expect(201);
      await post(`/indicators/${manual.id}/values`, {
        periodStart: '2031-12-01',
        periodEnd: '2032-01-31',
        value: 99,
        cells: [],
        sourceNote: 'Spans two years',
        evidence: null,
      }).expect(201);
      const year = await read();
      expect(year.items.find((i) => i.id === so1.id)?.indicators[0].current.value).toBe(61);
      const half = await read('?from=2031-01-01&to=2031-06-30');
      expect(half.items.find((i) => i.id === so1.id)?.indicators[0].current).toEqual({
        value: 55.5,
        manualValueId: saved.body.id,
      });
      const detail: LogframeIndicatorDetail = (
        await t
          .http()
          .get(`/api/logframe/indicators/${manual.id}?from=2031-01-01&to=2031-06-30`)
          .set('Cookie', coordinator)
          .expect(200)
      ).body;
      expect(detail.definition).toEqual(figureDefinition('logframe_manual_value').definition);
      expect(detail.disaggregation).toEqual([
        { by: 'gender', rows: [{ key: 'female', value: 60 }] },
        { by: 'age_band', rows: [{ key: '25_34', value: 52 }] },
      ]);
      expect(detail.manualValues.map((v) => v.value)).toEqual([99, 61, 55.5]);

      const file = await t
        .http()
        .get(`/api/logframe/values/${saved.body.id}/evidence`)
        .set('Cookie', coordinator)
        .buffer(true)
        .parse(binary)
        .expect(200)
        .expect('Content-Type', /application\/pdf/)
        .expect('Content-Disposition', /referral-log-2031-h1\.pdf/);
      expect(Buffer.compare(file.body, PDF_BYTES)).toBe(0);
      await t.http().get(`/api/logframe/values/${saved.body.id}/evidence`).set('Cookie', trainee).expect(403);
    });

    it('refuses evidence too big or of another type, and cells outside the disaggregations, storing nothing', async () => {
      const before = (await t.db.query('SELECT count(*)::int AS n FROM logframe_values'))[0].n;
      const value = (over: object) => ({
        periodStart: '2031-01-01',
        periodEnd: '2031-03-31',
        value: 50,
        cells: [],
        sourceNote: 'Quarterly referral log',
        evidence: null,
        ...over,
      });
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024)]);
      const tooBig = await post(
        `/indicators/${manual.id}/values`,
        value({ evidence: { name: 'big.pdf', dataUrl: dataUrl('application/pdf', big) } }),
      ).expect(400);
      expect(tooBig.body.details).toEqual([
        { field: 'evidence.dataUrl', reason: 'is 2049 KB; evidence files may be at most 2048 KB' },
      ]);
      const wrongType = await post(
        `/indicators/${manual.id}/values`,
        value({ evidence: { name: 'notes.txt', dataUrl: dataUrl('text/plain', Buffer.from('hello')) } }),
      ).expect(400);
      expect(wrongType.body.details[0]).toEqual({
        field: 'evidence.dataUrl',
        reason: 'must be a PDF, a PNG or JPEG image, or an XLSX spreadsheet',
      });
      const disguised = await post(
        `/indicators/${manual.id}/values`,
        value({ evidence: { name: 'fake.png', dataUrl: dataUrl('image/png', PDF_BYTES) } }),
      ).expect(400);
      expect(disguised.body.details[0].reason).toBe('is not a PNG file');
      const cell = await post(
        `/indicators/${manual.id}/values`,
        value({ cells: [{ by: 'province', key: 'Kilis', value: 3 }] }),
      ).expect(400);
      expect(cell.body.details[0].field).toBe('cells.0.by');
      const ageBand = await post(
        `/indicators/${manual.id}/values`,
        value({ cells: [{ by: 'age_band', key: 'teenager', value: 3 }] }),
      ).expect(400);
      expect(ageBand.body.details[0].field).toBe('cells.0.key');
      const onComputed = await post(`/indicators/${computed.id}/values`, value({})).expect(400);
      expect(onComputed.body.details[0].field).toBe('indicator');
      const backwards = await post(
        `/indicators/${manual.id}/values`,
        value({ periodStart: '2031-03-31', periodEnd: '2031-01-01' }),
      ).expect(400);
      expect(backwards.body.details[0].field).toBe('periodEnd');
      expect((await t.db.query('SELECT count(*)::int AS n FROM logframe_values'))[0].n).toBe(before);
    });

    it('exports the matrix in the EU layout as XLSX, cell by cell, in Turkish', async () => {
      await t
        .http()
        .put(`/api/logframe/items/${so1.id}`)
        .set('Cookie', coordinator)
        .send({
          level: 'specific_objective',
          parentId: oo.id,
          title: {
            en: 'CSOs deliver better protection services',
            tr: 'STK’lar daha iyi koruma hizmeti sunar',
          },
          assumptions: {
            en: 'Public services accept referrals',
            tr: 'Kamu hizmetleri yönlendirmeleri kabul eder',
          },
        })
        .expect(200);
      const response = await t
        .http()
        .get(`/api/logframe/export.xlsx${period}&language=tr`)
        .set('Cookie', coordinator)
        .buffer(true)
        .parse(binary)
        .expect(200)
        .expect('Content-Type', /spreadsheetml/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body);
      const sheet = workbook.getWorksheet('Mantıksal çerçeve');
      const row = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1).map((v) => v ?? '');
      expect(row(1)[0]).toMatch(/^Mantıksal çerçeve matrisi — /);
      expect(row(2)).toEqual(['Dönem: 1 Oca 2031 – 31 Ara 2031']);
      expect(row(3)).toEqual([
        'Müdahale mantığı',
        'Göstergeler',
        'Başlangıç değeri (referans yılı ile)',
        'Hedef (referans yılı ile)',
        'Güncel değer (1 Oca 2031 – 31 Ara 2031)',
        'Kaynaklar ve doğrulama araçları',
        'Varsayımlar',
      ]);
      expect(row(4)).toEqual(['Etki (Genel hedef)']);
      expect(row(5)).toEqual(['OO Strengthened capacity of CSOs (TR)', '', '', '', '', '', '']);
      expect(row(6)).toEqual(['Sonuç(lar) (Özel hedef(ler))']);
      expect(row(7)).toEqual([
        'SO1 STK’lar daha iyi koruma hizmeti sunar',
        'SO1-1 Kamu hizmetlerince kabul edilen yönlendirme\nAyrıştırma: cinsiyet, yaş grubu',
        '%40 (2030)',
        '%70 (2032)',
        '%61',
        'Katılım kayıtları\nKanıtıyla girilir',
        'Kamu hizmetleri yönlendirmeleri kabul eder',
      ]);
      expect(row(8)).toEqual(['Çıktılar (Sonuçlar)']);
      expect(row(9)).toEqual([
        'R1.1 CSO staff trained (TR)',
        'R1.1-1 Eğitim alan STK çalışanı sayısı\nAyrıştırma: cinsiyet',
        '0 (2030)',
        '10 (2032)',
        '3',
        'Katılım kayıtları\nAtölye tarafından hesaplanır: Kayıtlı kişi',
        '',
      ]);
      expect(row(10)).toEqual(['Faaliyetler']);
      expect(sheet?.rowCount).toBe(10);
      const definitions = workbook.getWorksheet('Tanımlar');
      expect(definitions?.getRow(2).values).toEqual([
        undefined,
        'Kayıtlı kişi',
        figureDefinition('people_enrolled').definition.tr,
      ]);
      expect(definitions?.getRow(3).getCell(1).value).toBe('Kanıtıyla girilen değer');
    });

    it('exports the matrix as a tagged PDF in English, with its tables and headings', async () => {
      const response = await t
        .http()
        .get(`/api/logframe/export.pdf${period}&language=en`)
        .set('Cookie', coordinator)
        .buffer(true)
        .parse(binary)
        .expect(200)
        .expect('Content-Type', /application\/pdf/);
      const pdf = await readPdf(response.body);
      expect(pdf.language).toBe('en-GB');
      expect(pdf.title).toMatch(/^Logframe matrix — /);
      const text = pdf.text.replace(/\s+/g, ' ');
      for (const words of [
        'Impact (Overall objective)',
        'Outcome(s) (Specific objective(s))',
        'Outputs (Results)',
        'Intervention logic',
        'Sources and means of verification',
        'Assumptions',
        'R1.1 CSO staff trained',
        'Computed by Atölye: People enrolled',
        'Public services accept referrals',
        'Page 1 of',
      ])
        expect(text).toContain(words);
      const roles = pdf.elements.map((e) => e.role);
      expect(roles).toEqual(expect.arrayContaining(['H1', 'H2', 'Table', 'TH', 'TD']));
      // Activities has no item yet: no empty table under its heading.
      expect(text).not.toContain('Activities');
    });

    it('refuses a period that ends before it starts, naming "to"', async () => {
      const response = await t
        .http()
        .get('/api/logframe?from=2031-12-31&to=2031-01-01')
        .set('Cookie', coordinator)
        .expect(400);
      expect(response.body.details).toEqual([{ field: 'to', reason: 'must be on or after from' }]);
      await t.http().get('/api/logframe/export.pdf?language=de').set('Cookie', coordinator).expect(400);
    });
  });
});
