import { createHash } from 'node:crypto';
import type { CertificateTemplate, CertificateTemplateView } from '@atolye/shared';
import { renderCertificateV1 } from '../src/certificates/certificate-pdf-v1';
import { CertificateEntity } from '../src/certificates/certificate.entity';
import { readPdf } from '../src/common/pdf/pdf-inspection';
import { createPerson, signedIn } from './support/factories';
import { solidPng } from './support/solid-png';
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
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const png = (rgb: [number, number, number]) =>
  `data:image/png;base64,${solidPng(24, 12, rgb).toString('base64')}`;

describe('certificate templates', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  let trainingId: string;
  let enrolmentIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
    const training = await createTraining(t, coordinator.cookie);
    trainingId = training.id;
    const session = await createSession(t, coordinator.cookie, trainingId);
    enrolmentIds = [];
    for (const fullName of ['Zeynep Doğan', 'Hakan Öztürk', 'İpek Çağlar']) {
      const person = await createPerson(t.db, { fullName });
      enrolmentIds.push(await enrolByHand(t, coordinator.cookie, session.id, person.id));
    }
  });
  afterAll(() => t.close());

  const template = (changes: Partial<CertificateTemplate> = {}): CertificateTemplate => ({
    wording: 'attendance',
    programmeLogo: { image: png([29, 78, 137]), name: 'Atölye Programme' },
    partnerLogos: [{ image: png([200, 30, 30]), name: 'Ankara Barosu' }],
    signatories: [
      { name: 'Elif Şahin', title: 'Programme Coordinator', signature: png([0, 0, 80]) },
      { name: 'Jan de Vries', title: 'Team Leader', signature: null },
    ],
    euFunded: true,
    ...changes,
  });
  const save = (body: unknown) =>
    t
      .http()
      .put(`/api/trainings/${trainingId}/certificate-template`)
      .set('Cookie', coordinator.cookie)
      .send(body as object);
  const issue = async (enrolmentId: string) =>
    (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId, overrideReason: 'Issued for the template test by hand' })
        .expect(201)
    ).body as { id: string; verificationUrl: string };
  const pdfOf = async (id: string): Promise<Buffer> =>
    (
      await t
        .http()
        .get(`/api/certificates/${id}/pdf`)
        .set('Cookie', coordinator.cookie)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body;

  it('starts from the programme default, then keeps what a coordinator saves, images included', async () => {
    const before: CertificateTemplateView = (
      await t
        .http()
        .get(`/api/trainings/${trainingId}/certificate-template`)
        .set('Cookie', coordinator.cookie)
        .expect(200)
    ).body;
    expect(before).toMatchObject({ saved: false, wording: 'completion', euFunded: false, partnerLogos: [] });
    expect(before.signatories).toHaveLength(1);

    const saved: CertificateTemplateView = (await save(template()).expect(200)).body;
    expect(saved).toMatchObject({ ...template(), saved: true, trainingId });
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM certificate_assets');
    expect(count).toBe(3);
    const [audit] = await t.db.query(
      `SELECT actor_id, before, after FROM audit_log WHERE action = 'certificate.template_saved' AND subject_id = $1`,
      [trainingId],
    );
    expect(audit).toMatchObject({
      actor_id: coordinator.person.id,
      before: null,
      after: { wording: 'attendance', euFunded: true },
    });
    expect(audit.after.programmeLogo.image).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [
      'programmeLogo.image',
      { programmeLogo: { image: 'data:image/png;base64,aGVsbG8=', name: 'Atölye' } },
      'is not a PNG file',
    ],
    [
      'partnerLogos.0.image',
      { partnerLogos: [{ image: 'https://example.org/logo.png', name: 'Baro' }] },
      'must be a PNG or JPEG',
    ],
    [
      'signatories.0.signature',
      {
        signatories: [
          {
            name: 'Elif Şahin',
            title: 'Coordinator',
            signature: `data:image/png;base64,${Buffer.concat([solidPng(2, 2, [0, 0, 0]), Buffer.alloc(310 * 1024)]).toString('base64')}`,
          },
        ],
      },
      'at most 300 KB',
    ],
  ])('refuses a bad image with 400 naming %s', async (field, changes, reason) => {
    const response = await save(template(changes as Partial<CertificateTemplate>)).expect(400);
    expect(response.body.details).toEqual([{ field, reason: expect.stringContaining(reason) }]);
  });

  it.each([
    [
      'three signatories',
      { signatories: [1, 2, 3].map((i) => ({ name: `Kişi ${i}`, title: 'Unvan', signature: null })) },
      'signatories',
    ],
    ['no signatory', { signatories: [] }, 'signatories'],
    ['an unknown wording', { wording: 'excellence' }, 'wording'],
  ])('refuses %s with 400', async (_label, changes, field) => {
    const response = await save(template(changes as Partial<CertificateTemplate>)).expect(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('answers an unknown training with 404', async () => {
    await t
      .http()
      .put('/api/trainings/00000000-0000-4000-8000-00000000abcd/certificate-template')
      .set('Cookie', coordinator.cookie)
      .send(template())
      .expect(404);
  });

  it('previews the template before issuing: its wording, signatories and the EU acknowledgement', async () => {
    await save(template()).expect(200);
    const pdf: Buffer = (
      await t
        .http()
        .get(`/api/trainings/${trainingId}/certificate-template/preview.pdf`)
        .set('Cookie', coordinator.cookie)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body;
    const { text, elements } = await readPdf(pdf);
    expect(text).toContain('Certificate of Attendance');
    expect(text).toContain('Devam Belgesi');
    expect(text).toContain('Jan de Vries');
    expect(text).toContain('Funded by the European Union');
    expect(elements.filter((e) => e.role === 'Figure').map((e) => e.alt)).toContain('Ankara Barosu');
  });

  it('issues with the template and version 2, and a later template change leaves issued certificates byte for byte', async () => {
    await save(template()).expect(200);
    const issued = await issue(enrolmentIds[0]);
    const [row] = await t.db.query(
      'SELECT render_version, template, sha256 FROM certificates WHERE id = $1',
      [issued.id],
    );
    expect(row.render_version).toBe(2);
    expect(row.template.wording).toBe('attendance');
    const first = await pdfOf(issued.id);
    expect(sha256(first)).toBe(row.sha256);
    const { text } = await readPdf(first);
    expect(text.replace(/\s+/g, '')).toContain(issued.verificationUrl.replace(/\s+/g, ''));

    await save(
      template({ wording: 'completion', euFunded: false, partnerLogos: [], programmeLogo: null }),
    ).expect(200);
    const again = await pdfOf(issued.id);
    expect(sha256(again)).toBe(row.sha256);
    expect(again.equals(first)).toBe(true);

    const next = await issue(enrolmentIds[1]);
    const { text: nextText } = await readPdf(await pdfOf(next.id));
    expect(nextText).toContain('Tamamlama Sertifikası');
    expect(nextText).not.toContain('European Union');
  });

  it('keeps rendering a certificate of render version 1 with the old renderer, to the same hash', async () => {
    const issued = await issue(enrolmentIds[2]);
    // As issued before templates: version 1, no template, hashed with the version 1 renderer.
    const entity = (await t.db
      .getRepository(CertificateEntity)
      .findOneByOrFail({ id: issued.id })) as CertificateEntity;
    const old = await renderCertificateV1(entity, issued.verificationUrl);
    await t.db.query(
      'UPDATE certificates SET render_version = 1, template = NULL, sha256 = $2 WHERE id = $1',
      [issued.id, sha256(old)],
    );
    const before = await pdfOf(issued.id);
    await save(template({ wording: 'participation' })).expect(200);
    const after = await pdfOf(issued.id);
    expect(sha256(before)).toBe(sha256(old));
    expect(sha256(after)).toBe(sha256(old));
    expect((await readPdf(after)).text).toContain('Katılım Sertifikası');
  });
});
