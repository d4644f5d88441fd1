import { Inject, Injectable, Logger } from '@nestjs/common';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CredentialsRepository, type StoredKey } from './credentials.repository';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

/**
 * The issuer's Ed25519 keys. The signing key is CREDENTIAL_SIGNING_KEY when set; otherwise the
 * one made on first start and kept in the database, its PEM encrypted with
 * CREDENTIAL_KEY_PASSPHRASE when that is set. Every key ever used stays published for verifying.
 */
@Injectable()
export class CredentialKeys {
  private readonly logger = new Logger(CredentialKeys.name);
  private signing: Promise<SigningKey> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: CredentialsRepository,
  ) {}

  signingKey(): Promise<SigningKey> {
    this.signing ??= this.loadSigningKey().catch((error: unknown) => {
      this.signing = null;
      throw error;
    });
    return this.signing;
  }

  /** Public keys (JWK, with `kid`, `alg`, `use`) that may have signed a credential of ours. */
  async publicKeys(): Promise<JWK[]> {
    await this.signingKey();
    return (await this.repository.keys()).map((key) => ({
      ...key.publicJwk,
      kid: key.kid,
      alg: 'EdDSA',
      use: 'sig',
    }));
  }

  private async loadSigningKey(): Promise<SigningKey> {
    if (this.config.credentialSigningKey) {
      const privateKey = createPrivateKey(this.config.credentialSigningKey);
      const stored = await describe(privateKey, null);
      await this.repository.savePublicKey(stored);
      return { kid: stored.kid, privateKey };
    }
    const passphrase = this.config.credentialKeyPassphrase ?? undefined;
    const stored = await this.repository.newestSigningKeyOrCreate(async () => {
      const { privateKey } = generateKeyPairSync('ed25519');
      const pem = privateKey
        .export({
          format: 'pem',
          type: 'pkcs8',
          ...(passphrase ? { cipher: 'aes-256-cbc', passphrase } : {}),
        })
        .toString();
      if (!passphrase && this.config.production)
        this.logger.warn(
          'The credential signing key is kept unencrypted: set CREDENTIAL_KEY_PASSPHRASE or CREDENTIAL_SIGNING_KEY',
        );
      this.logger.log('Created the Ed25519 key that signs Open Badge credentials');
      return describe(privateKey, pem);
    });
    return {
      kid: stored.kid,
      privateKey: createPrivateKey({ key: stored.privatePem as string, format: 'pem', passphrase }),
    };
  }
}

async function describe(privateKey: KeyObject, privatePem: string | null): Promise<StoredKey> {
  const publicJwk = await exportJWK(createPublicKey(privateKey));
  return { kid: await calculateJwkThumbprint(publicJwk), publicJwk, privatePem };
}
