import { Module } from '@nestjs/common';
import { VerificationRateLimit } from '../access/verification-rate-limit.guard';
import { CredentialIssuer } from './credential-issuer.service';
import { CredentialKeys } from './credential-keys';
import { CredentialVerifier } from './credential-verifier.service';
import { CredentialsController } from './credentials.controller';
import { CredentialsRepository } from './credentials.repository';
import { StatusLists } from './status-lists.service';

@Module({
  controllers: [CredentialsController],
  providers: [
    CredentialsRepository,
    CredentialKeys,
    CredentialIssuer,
    StatusLists,
    CredentialVerifier,
    VerificationRateLimit,
  ],
  exports: [CredentialIssuer, CredentialKeys],
})
export class CredentialsModule {}
