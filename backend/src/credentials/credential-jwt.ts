import { decodeJwt, SignJWT } from 'jose';
import type { SigningKey } from './credential-keys';

/**
 * Credentials are secured as VC-JWT (Open Badges 3.0 §8.2, "JSON Web Token Proof Format"): the
 * credential is the JWT's `vc` claim, signed EdDSA (Ed25519). The file people download is the
 * credential itself with the JWT beside it as a `JwtProof2020` proof, so it stays readable; a
 * verifier checks the JWT and that the readable part says the same.
 */
export interface JwtProof {
  type: 'JwtProof2020';
  jwt: string;
}

interface SignableCredential {
  id: string;
  issuer: string | { id: string };
  issuanceDate?: string;
  validFrom?: string;
}

export function signCredential(credential: SignableCredential, key: SigningKey): Promise<string> {
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const from = credential.issuanceDate ?? credential.validFrom;
  return new SignJWT({ vc: credential })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.kid })
    .setIssuer(issuer)
    .setJti(credential.id)
    .setNotBefore(from ? Math.floor(Date.parse(from) / 1000) : Math.floor(Date.now() / 1000))
    .sign(key.privateKey);
}

/** The downloadable form: the signed credential, readable, with its JWT as proof. */
export function credentialFile(jwt: string): Record<string, unknown> {
  const { vc } = decodeJwt(jwt) as { vc: Record<string, unknown> };
  return { ...vc, proof: { type: 'JwtProof2020', jwt } satisfies JwtProof };
}
