import { generateKeyPairSync } from 'node:crypto';
import { createHash } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, exportJWK, jwtVerify } from 'jose';
import { openBadgeSchemaValidator } from '../../test/support/open-badge-schema';
import { credentialFile, signCredential } from './credential-jwt';
import type { CredentialFacts } from './credentials.repository';
import { identityHash, openBadgeCredential } from './open-badge-credential';

const facts: CredentialFacts = {
  certificateId: '2f1c6a4e-8d0b-4c55-9a51-0f6b3f1d2a10',
  serial: 'ATL-2026-000042',
  holderName: 'Hasan Çelik',
  email: 'Hasan.Celik@atolye.example',
  trainingId: '7b0e2d9c-1a3f-4e8b-b6d4-5c9a0e1f2b3c',
  trainingTitle: {
    en: 'Working with people in need of international protection',
    tr: 'Uluslararası koruma ihtiyacı olan kişilerle çalışmak',
  },
  sessionTitle: 'İzmir, autumn 2026',
  startsOn: '2026-10-12',
  endsOn: '2026-10-14',
  place: 'İzmir',
  hours: 18,
  modules: [
    { title: { en: 'Legal framework of international protection' }, version: '1.2.0' },
    { title: { en: 'Protection and data protection' }, version: '1.0.0' },
  ],
  issuedAt: new Date('2026-10-20T09:30:00Z'),
  status: 'valid',
  revokedAt: null,
};
const issuer = { publicUrl: 'https://atolye.example.org', issuerName: 'Atölye Capacity-Building Programme' };

describe('openBadgeCredential', () => {
  const credential = openBadgeCredential(facts, issuer, 42, 'pepper-salt');

  it('is valid against 1EdTech’s OB 3.0 AchievementCredential schema', () => {
    const validate = openBadgeSchemaValidator();
    expect(validate(credential) ? [] : validate.errors).toEqual([]);
  });

  it('says who issued it, for what, to whom, and where its revocation status is', () => {
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.issuer.id).toBe('https://atolye.example.org/api/credentials/issuer');
    expect(credential.issuanceDate).toBe('2026-10-20T09:30:00Z');
    const { achievement, identifier } = credential.credentialSubject;
    expect(achievement.name).toBe('Working with people in need of international protection');
    expect(achievement.criteria.narrative).toContain('18-hour training');
    expect(achievement.tag).toEqual([
      'Legal framework of international protection',
      'Protection and data protection',
    ]);
    expect(identifier[0]).toMatchObject({ identityType: 'name', identityHash: 'Hasan Çelik' });
    expect(credential.evidence[0].description).toBe('2026-10-12 – 2026-10-14, İzmir');
    expect(credential.credentialStatus).toEqual({
      id: 'https://atolye.example.org/api/credentials/status/1#42',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '42',
      statusListCredential: 'https://atolye.example.org/api/credentials/status/1',
    });
  });

  it('identifies the holder by a salted SHA-256 of the email, never the email itself', () => {
    const hashed = credential.credentialSubject.identifier[1];
    const expected = createHash('sha256').update('hasan.celik@atolye.examplepepper-salt').digest('hex');
    expect(hashed).toEqual({
      type: 'IdentityObject',
      identityType: 'emailAddress',
      hashed: true,
      identityHash: `sha256$${expected}`,
      salt: 'pepper-salt',
    });
    expect(JSON.stringify(credential).toLowerCase()).not.toContain('hasan.celik@');
    expect(identityHash('a@example.com', 'Kosher')).toBe(
      'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
    );
  });

  it('places credentials past the first 131,072 in the second status list', () => {
    expect(openBadgeCredential(facts, issuer, 131_072, 's').credentialStatus.statusListCredential).toBe(
      'https://atolye.example.org/api/credentials/status/2',
    );
  });
});

describe('signCredential', () => {
  it('makes a VC-JWT that jose verifies with the public key, carrying the credential readable beside it', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const credential = openBadgeCredential(facts, issuer, 7, 'salt');
    const jwt = await signCredential(credential, { kid: 'key-1', privateKey });
    const { payload } = await jwtVerify(jwt, publicKey, { issuer: credential.issuer.id });
    expect(payload['vc']).toEqual(credential);
    expect(payload.jti).toBe(credential.id);
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: 'key-1' });
    const file = credentialFile(jwt);
    expect(file['proof']).toEqual({ type: 'JwtProof2020', jwt });
    expect({ ...file, proof: undefined }).toEqual({ ...credential, proof: undefined });
  });

  it('is refused by jose when one character of the payload changes, or another key is used', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const jwt = await signCredential(openBadgeCredential(facts, issuer, 7, 'salt'), { kid: 'k', privateKey });
    const [header, payload, signature] = jwt.split('.');
    const changed = `${header}.${payload.slice(0, 40)}${payload[40] === 'A' ? 'B' : 'A'}${payload.slice(41)}.${signature}`;
    await expect(jwtVerify(changed, publicKey)).rejects.toThrow();
    const other = generateKeyPairSync('ed25519').publicKey;
    await expect(jwtVerify(jwt, other)).rejects.toThrow(/signature/);
    expect(decodeJwt(jwt).iss).toBe('https://atolye.example.org/api/credentials/issuer');
    expect((await exportJWK(publicKey)).crv).toBe('Ed25519');
  });
});
