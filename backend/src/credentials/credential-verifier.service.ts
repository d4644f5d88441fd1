import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createLocalJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import type { CredentialCheck, CredentialCheckOutcome, FieldError } from '@atolye/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { STATUS_LIST_LENGTH, statusBit } from './bitstring';
import { CredentialKeys } from './credential-keys';
import { credentialUrls } from './credential-urls';
import { CredentialsRepository } from './credentials.repository';
import { StatusLists } from './status-lists.service';

const CREDENTIAL_ID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function refuse(reason: string): never {
  const details: FieldError[] = [{ field: 'content', reason }];
  throw new BadRequestException({ message: `content: ${reason}`, details });
}

type Verified = { ok: true; vc: Record<string, unknown> } | { ok: false };

/**
 * Checks an uploaded credential file: its JWT signature against our published keys, that the
 * readable credential says what the JWT says, that a certificate here holds exactly this
 * credential, and its bit in our signed status list.
 */
@Injectable()
export class CredentialVerifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CredentialsRepository,
    private readonly keys: CredentialKeys,
    private readonly statusLists: StatusLists,
  ) {}

  async check(content: string): Promise<CredentialCheck> {
    const file = parse(content);
    const { proof, ...readable } = file;
    const jwt = (proof as { jwt?: unknown } | undefined)?.jwt;
    const claimedId = CREDENTIAL_ID.exec(String(readable['id'] ?? ''))?.[1] ?? null;
    const stored = claimedId ? await this.repository.findByCertificate(claimedId) : null;
    if (typeof jwt !== 'string') return this.outcome('not_ours');

    const verified = await this.verify(jwt);
    // A file naming one of our credentials whose signature fails was changed after signing.
    if (!verified.ok) return this.outcome(stored ? 'tampered' : 'not_ours');
    if (!isDeepStrictEqual(verified.vc, readable)) return this.outcome('tampered');
    if (!stored || stored.jwt !== jwt) return this.outcome('not_ours');

    const [facts] = await this.repository.facts(this.db.manager, [stored.certificateId]);
    const revoked = (await this.revokedInList(verified.vc)) || facts.status === 'revoked';
    return {
      outcome: revoked ? 'revoked' : 'valid',
      holderName: facts.holderName,
      trainingTitle: facts.trainingTitle,
      serial: facts.serial,
      issuedAt: facts.issuedAt.toISOString(),
      revokedAt: facts.revokedAt?.toISOString() ?? null,
    };
  }

  private async verify(jwt: string): Promise<Verified> {
    const keys = createLocalJWKSet({ keys: await this.keys.publicKeys() });
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jwt, keys, {
        issuer: credentialUrls(this.config.publicUrl).issuer,
        algorithms: ['EdDSA'],
      }));
    } catch {
      // Any failure (malformed, unknown key, bad signature, other issuer) means not verified.
      return { ok: false };
    }
    const vc = payload['vc'];
    return vc && typeof vc === 'object' ? { ok: true, vc: vc as Record<string, unknown> } : { ok: false };
  }

  /** The credential's bit in our status list, read from the signed list after checking its JWT. */
  private async revokedInList(vc: Record<string, unknown>): Promise<boolean> {
    const status = vc['credentialStatus'] as { statusListCredential?: string; statusListIndex?: string };
    const prefix = credentialUrls(this.config.publicUrl).statusListBase;
    const listUrl = status?.statusListCredential ?? '';
    const list = Number(listUrl.slice(prefix.length));
    if (!listUrl.startsWith(prefix) || !Number.isInteger(list) || list < 1) return false;
    const file = await this.statusLists.file(list);
    const verified = await this.verify((file['proof'] as { jwt: string }).jwt);
    if (!verified.ok) return false;
    const subject = verified.vc['credentialSubject'] as { encodedList: string };
    const index = Number(status.statusListIndex) - (list - 1) * STATUS_LIST_LENGTH;
    return statusBit(subject.encodedList, index) === true;
  }

  private outcome(outcome: CredentialCheckOutcome): CredentialCheck {
    return { outcome, holderName: null, trainingTitle: null, serial: null, issuedAt: null, revokedAt: null };
  }
}

/** The file as a JSON object, or a 400 saying why it is not one. */
function parse(content: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    // JSON.parse says where the text stops being JSON; that is the reason to give.
    refuse(`is not JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    refuse('is not a credential: a JSON object was expected');
  const type = (value as { type?: unknown }).type;
  const types = Array.isArray(type) ? type : [type];
  if (!types.includes('VerifiableCredential'))
    refuse('is not a verifiable credential: its type does not include VerifiableCredential');
  return value as Record<string, unknown>;
}
