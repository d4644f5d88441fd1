import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { encodeStatusList, STATUS_LIST_LENGTH } from './bitstring';
import { credentialFile, signCredential } from './credential-jwt';
import { CredentialKeys } from './credential-keys';
import { credentialUrls } from './credential-urls';
import { CredentialsRepository } from './credentials.repository';

/** Lists beyond this one are refused; at 131,072 places each, that is over 130 million credentials. */
const MAX_LISTS = 1000;

/**
 * The Bitstring Status List credentials (W3C) that say which credentials are revoked. A list is
 * signed again only when a revocation in its range changed (checked by one small query), so
 * verifiers polling it cost no signing; every instance of the API notices the change alike.
 */
@Injectable()
export class StatusLists {
  private readonly cache = new Map<number, { stamp: string; file: Record<string, unknown> }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: CredentialsRepository,
    private readonly keys: CredentialKeys,
  ) {}

  async file(list: number): Promise<Record<string, unknown>> {
    if (!Number.isInteger(list) || list < 1 || list > MAX_LISTS)
      throw new NotFoundException(`No status list ${list}; lists are numbered from 1`);
    const from = (list - 1) * STATUS_LIST_LENGTH;
    const to = from + STATUS_LIST_LENGTH;
    const stamp = await this.repository.revocationStamp(from, to);
    const cached = this.cache.get(list);
    if (cached?.stamp === stamp) return cached.file;
    const revoked = (await this.repository.revokedIndexes(from, to)).map((i) => i - from);
    const url = credentialUrls(this.config.publicUrl).statusList(list);
    const credential = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: credentialUrls(this.config.publicUrl).issuer,
      validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      credentialSubject: {
        id: `${url}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: encodeStatusList(revoked),
      },
    };
    const file = credentialFile(await signCredential(credential, await this.keys.signingKey()));
    this.cache.set(list, { stamp, file });
    return file;
  }
}
