import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, SignJWT, type JWK } from 'jose';
import type { CredentialCheck } from '@atolye/shared';
import { statusBit } from '../src/credentials/bitstring';
import { createPerson, sessionCookieFor, signedIn } from './support/factories';
import { openBadgeSchemaValidator } from './support/open-badge-schema';
import { createTestApp, type TestApp } from './support/test-app';
import { createSession, moduleVersionIds, publishRepositoryContent } from './support/training-factories';

const HOUR = 3600_000;
type CredentialFile = Record<string, unknown> & { id: string; proof: { type: string; jwt: string } };

describe('Open Badge credentials', () => {
  let t: TestApp;
  let coordinator: { person: { id: string }; cookie: string };
  const validate = openBadgeSchemaValidator();

  beforeAll(async () => {
    t = await createTestApp({ verifyRequestsPerMinute: 1000 });
    await publishRepositoryContent(t);
    coordinator = await signedIn(t, ['coordinator']);
  });
  afterAll(() => t.close());

  /** A finished session whose rule everyone meets, with `names` enrolled. */
  async function sessionWith(names: string[]) {
    const training = (
      await t
        .http()
        .post('/api/trainings')
        .set('Cookie', coordinator.cookie)
        .send({
          title: {
            en: 'Referral pathways for protection cases',
            tr: 'Koruma vakalarında yönlendirme yolları',
          },
          description: { en: '', tr: '' },
          languages: ['tr', 'en'],
          moduleVersionIds: await moduleVersionIds(t, ['advocacy-and-policy-dialogue']),
          completionRule: {
            minAttendancePercent: 0,
            requireAllLessons: false,
            requiredQuizzes: [],
            requireEvaluation: false,
            passPostTests: false,
          },
        })
        .expect(201)
    ).body;
    await t
      .http()
      .post(`/api/trainings/${training.id}/publish`)
      .set('Cookie', coordinator.cookie)
      .expect(200);
    const start = Date.now() - 10 * 24 * HOUR;
    const session = await createSession(t, coordinator.cookie, training.id, {
      enrolmentOpensAt: new Date(start - 10 * 24 * HOUR).toISOString(),
      enrolmentClosesAt: new Date(start).toISOString(),
      meetings: [
        {
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 3 * HOUR).toISOString(),
          topic: 'Yönlendirme',
        },
      ],
    });
    const people = [];
    for (const name of names) {
      const person = await createPerson(t.db, { fullName: name });
      const enrolment = (
        await t
          .http()
          .post(`/api/sessions/${session.id}/enrolments`)
          .set('Cookie', coordinator.cookie)
          .send({ personId: person.id })
          .expect(201)
      ).body;
      people.push({ person, enrolment, cookie: await sessionCookieFor(t.db, person.id) });
    }
    return { session, people };
  }

  async function issue(enrolmentId: string): Promise<{ id: string }> {
    return (
      await t
        .http()
        .post('/api/certificates')
        .set('Cookie', coordinator.cookie)
        .send({ enrolmentId })
        .expect(201)
    ).body;
  }

  async function download(certificateId: string, cookie: string): Promise<CredentialFile> {
    const res = await t.http().get(`/api/my/certificates/${certificateId}/credential`).set('Cookie', cookie);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="open-badge-/);
    return JSON.parse(res.text);
  }

  async function check(content: string): Promise<CredentialCheck> {
    return (await t.http().post('/api/verify/credential').send({ content }).expect(200)).body;
  }

  async function publishedKeys() {
    const keys: { keys: JWK[] } = (await t.http().get('/api/credentials/keys').expect(200)).body;
    return createLocalJWKSet(keys);
  }

  it('issues with each certificate a credential that jose verifies with the published key and 1EdTech’s schema accepts', async () => {
    const { people } = await sessionWith(['Hatice Güleryüz']);
    const certificate = await issue(people[0].enrolment.id);
    const file = await download(certificate.id, people[0].cookie);

    const { payload, protectedHeader } = await jwtVerify(file.proof.jwt, await publishedKeys(), {
      issuer: `${t.config.publicUrl}/api/credentials/issuer`,
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    const { proof, ...readable } = file;
    expect(proof.type).toBe('JwtProof2020');
    expect(payload['vc']).toEqual(readable);
    expect(validate(file) ? [] : validate.errors).toEqual([]);
    expect(file).toMatchObject({
      id: `urn:uuid:${certificate.id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: {
        identifier: [
          expect.objectContaining({ identityType: 'name', identityHash: 'Hatice Güleryüz' }),
          expect.anything(),
        ],
        achievement: {
          name: 'Referral pathways for protection cases',
          achievementType: 'CertificateOfCompletion',
        },
      },
    });
    // Stored once: the next download is the same credential, byte for byte.
    expect((await download(certificate.id, people[0].cookie)).proof.jwt).toBe(file.proof.jwt);
    expect(await check(JSON.stringify(file))).toMatchObject({
      outcome: 'valid',
      holderName: 'Hatice Güleryüz',
      trainingTitle: { en: 'Referral pathways for protection cases' },
    });
  });

  it('gives the credential only to its holder', async () => {
    const { people } = await sessionWith(['Mehmet Aksoy', 'Nilüfer Demir']);
    const certificate = await issue(people[0].enrolment.id);
    await t
      .http()
      .get(`/api/my/certificates/${certificate.id}/credential`)
      .set('Cookie', people[1].cookie)
      .expect(404);
    await t
      .http()
      .get(`/api/my/certificates/${certificate.id}/credential`)
      .set('Cookie', coordinator.cookie)
      .expect(404);
    await t.http().get(`/api/my/certificates/${certificate.id}/credential`).expect(401);
    await t
      .http()
      .get(`/api/my/certificates/not-a-uuid/credential`)
      .set('Cookie', people[0].cookie)
      .expect(400);
  });

  it('says tampered when one character of the readable credential or of its signature changes', async () => {
    const { people } = await sessionWith(['Selin Öztürk']);
    const certificate = await issue(people[0].enrolment.id);
    const text = JSON.stringify(await download(certificate.id, people[0].cookie), null, 2);

    const renamed = text.replace('"identityHash": "Selin Öztürk"', '"identityHash": "Selin Öztürx"');
    expect(renamed).not.toBe(text);
    expect((await check(renamed)).outcome).toBe('tampered');

    const file: CredentialFile = JSON.parse(text);
    const jwt = file.proof.jwt;
    const last = jwt.length - 5;
    const forged = {
      ...file,
      proof: {
        ...file.proof,
        jwt: `${jwt.slice(0, last)}${jwt[last] === 'A' ? 'B' : 'A'}${jwt.slice(last + 1)}`,
      },
    };
    expect(await check(JSON.stringify(forged))).toEqual({
      outcome: 'tampered',
      holderName: null,
      trainingTitle: null,
      serial: null,
      issuedAt: null,
      revokedAt: null,
    });
  });

  it('flips the credential’s bit in the signed status list when the certificate is revoked, and then reads revoked', async () => {
    const { people } = await sessionWith(['Yusuf Kara']);
    const certificate = await issue(people[0].enrolment.id);
    const file = await download(certificate.id, people[0].cookie);
    const status = file['credentialStatus'] as { statusListCredential: string; statusListIndex: string };
    const listPath = new URL(status.statusListCredential).pathname;
    const bit = async () => {
      const list = (await t.http().get(listPath).expect(200)).body;
      const { payload } = await jwtVerify(list.proof.jwt, await publishedKeys());
      const subject = (payload['vc'] as { credentialSubject: { encodedList: string; statusPurpose: string } })
        .credentialSubject;
      expect(subject.statusPurpose).toBe('revocation');
      return statusBit(subject.encodedList, Number(status.statusListIndex));
    };
    expect(await bit()).toBe(false);

    await t
      .http()
      .post(`/api/certificates/${certificate.id}/revoke`)
      .set('Cookie', coordinator.cookie)
      .send({ reason: 'Issued to the wrong person' })
      .expect(200);
    expect(await bit()).toBe(true);
    const result = await check(JSON.stringify(file));
    expect(result.outcome).toBe('revoked');
    expect(result.revokedAt).not.toBeNull();
  });

  it('says not ours for a credential signed by another key, or one without our proof', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const stranger = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      id: `urn:uuid:${randomUUID()}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: `${t.config.publicUrl}/api/credentials/issuer`, type: ['Profile'] },
      issuanceDate: '2026-11-01T10:00:00Z',
      name: 'Not issued here',
    };
    const jwt = await new SignJWT({ vc: stranger })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'someone-else' })
      .setIssuer(stranger.issuer.id)
      .sign(privateKey);
    expect((await check(JSON.stringify({ ...stranger, proof: { type: 'JwtProof2020', jwt } }))).outcome).toBe(
      'not_ours',
    );
    expect((await check(JSON.stringify(stranger))).outcome).toBe('not_ours');
  });

  it('re-issue revokes the old credential and gives the new certificate a valid one of its own', async () => {
    const { people } = await sessionWith(['Irmak Polat']);
    const old = await issue(people[0].enrolment.id);
    const oldFile = await download(old.id, people[0].cookie);
    const renewed = (
      await t
        .http()
        .post(`/api/certificates/${old.id}/reissue`)
        .set('Cookie', coordinator.cookie)
        .send({ holderName: 'Irmak Polat Yıldırım', reason: 'Surname added after marriage' })
        .expect(201)
    ).body;
    const newFile = await download(renewed.id, people[0].cookie);
    expect(newFile.id).toBe(`urn:uuid:${renewed.id}`);
    expect((await check(JSON.stringify(oldFile))).outcome).toBe('revoked');
    expect(await check(JSON.stringify(newFile))).toMatchObject({
      outcome: 'valid',
      holderName: 'Irmak Polat Yıldırım',
    });
  });

  it('signs a credential for every certificate of a bulk issue, in the same job, each valid against the schema', async () => {
    const { session, people } = await sessionWith(['Ali Vural', 'Berna Şen', 'Cengiz Uçar']);
    const job = (
      await t
        .http()
        .post(`/api/sessions/${session.id}/certificate-jobs`)
        .set('Cookie', coordinator.cookie)
        .expect(201)
    ).body;
    let current = job;
    for (let i = 0; i < 100 && !['finished', 'failed'].includes(current.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      current = (
        await t.http().get(`/api/certificate-jobs/${job.id}`).set('Cookie', coordinator.cookie).expect(200)
      ).body;
    }
    expect(current).toMatchObject({ status: 'finished', issued: 3 });
    const rows: { jwt: string; status_index: number }[] = await t.db.query(
      `SELECT cc.jwt, cc.status_index FROM certificate_credentials cc JOIN certificates c ON c.id = cc.certificate_id
        WHERE c.job_id = $1`,
      [job.id],
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.status_index)).size).toBe(3);
    const keys = await publishedKeys();
    for (const row of rows) {
      const { payload } = await jwtVerify(row.jwt, keys);
      expect(validate({ ...(payload['vc'] as object), proof: { type: 'JwtProof2020', jwt: row.jwt } })).toBe(
        true,
      );
    }
    for (const person of people) {
      const [mine] = (await t.http().get('/api/my/certificates').set('Cookie', person.cookie).expect(200))
        .body;
      expect((await check(JSON.stringify(await download(mine.id, person.cookie)))).outcome).toBe('valid');
    }
  });

  it('gives a credential on first download to a certificate issued before credentials, and keeps it', async () => {
    const { people } = await sessionWith(['Elena Papadopoulou']);
    const certificate = await issue(people[0].enrolment.id);
    await t.db.query('DELETE FROM certificate_credentials WHERE certificate_id = $1', [certificate.id]);
    const first = await download(certificate.id, people[0].cookie);
    expect((await download(certificate.id, people[0].cookie)).proof.jwt).toBe(first.proof.jwt);
    expect((await check(JSON.stringify(first))).outcome).toBe('valid');
  });

  it('answers a bad upload with 400 naming the field and why, and an unknown status list with 404', async () => {
    const reasonOf = async (body: object) =>
      (await t.http().post('/api/verify/credential').send(body).expect(400)).body.details;
    expect(await reasonOf({ content: '{"type": ["VerifiableCredential"' })).toEqual([
      { field: 'content', reason: expect.stringMatching(/^is not JSON \(/) },
    ]);
    expect(await reasonOf({ content: '[1, 2]' })).toEqual([
      { field: 'content', reason: 'is not a credential: a JSON object was expected' },
    ]);
    expect(await reasonOf({ content: '{"name": "a badge"}' })).toEqual([
      { field: 'content', reason: expect.stringMatching(/type does not include VerifiableCredential/) },
    ]);
    expect((await reasonOf({ content: 'x'.repeat(64_001) }))[0]).toMatchObject({ field: 'content' });
    expect((await reasonOf({}))[0]).toMatchObject({ field: 'content' });
    await t.http().get('/api/credentials/status/0').expect(404);
    expect((await t.http().get('/api/credentials/status/first').expect(400)).body.details).toEqual([
      { field: 'list', reason: 'must be a whole number' },
    ]);
  });

  it('publishes the issuer profile every credential names, without signing in', async () => {
    const profile = (await t.http().get('/api/credentials/issuer').expect(200)).body;
    expect(profile).toMatchObject({
      id: `${t.config.publicUrl}/api/credentials/issuer`,
      type: ['Profile'],
      name: t.config.certificateIssuer,
    });
    const { keys } = (await t.http().get('/api/credentials/keys').expect(200)).body;
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(keys[0]).not.toHaveProperty('d');
  });
});
