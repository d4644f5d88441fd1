import { readPdf } from '../src/common/pdf/pdf-inspection';
import { signedIn } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';
import { createTraining, publishRepositoryContent } from './support/training-factories';

const binary = (res: import('superagent').Response, done: (e: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the donor report PDF', () => {
  let t: TestApp;
  let cookie: string;
  let coordinatorId: string;
  let trainingId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await publishRepositoryContent(t);
    const coordinator = await signedIn(t, ['coordinator']);
    cookie = coordinator.cookie;
    coordinatorId = coordinator.person.id;
    trainingId = (await createTraining(t, cookie, { title: 'Protection essentials for CSO staff' })).id;
  });
  afterAll(() => t.close());

  const download = async (query: string) =>
    readPdf(
      (
        await t
          .http()
          .get(`/api/reports/report.pdf${query}`)
          .set('Cookie', cookie)
          .buffer(true)
          .parse(binary)
          .expect(200)
          .expect('Content-Type', /application\/pdf/)
      ).body,
    );

  it('comes in the language chosen at download, with the filters in words', async () => {
    const tr = await download(`?language=tr&trainingId=${trainingId}&organisationType=cso`);
    expect(tr.language).toBe('tr-TR');
    const text = tr.text.replace(/\s+/g, ' ');
    expect(text).toContain('Program raporu');
    expect(text).toContain('Eğitim: STK çalışanları için korumanın temelleri');
    expect(text).toContain('Kurum türü: Sivil toplum kuruluşu');
    expect(text).not.toContain(trainingId);

    const en = await download(`?language=en&trainingId=${trainingId}`);
    expect(en.language).toBe('en-GB');
    expect(en.text.replace(/\s+/g, ' ')).toContain('Training: Protection essentials for CSO staff');
  });

  it('is in the caller’s own language when none is chosen', async () => {
    for (const [language, tag, words] of [
      ['tr', 'tr-TR', 'Filtreler: yok'],
      ['en', 'en-GB', 'Filters: none'],
    ]) {
      await t.db.query('UPDATE people SET language = $1 WHERE id = $2', [language, coordinatorId]);
      const reading = await download('');
      expect(reading.language).toBe(tag);
      expect(reading.text).toContain(words);
    }
  });
});
