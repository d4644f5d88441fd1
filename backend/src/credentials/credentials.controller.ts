import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { JWK } from 'jose';
import type { CredentialCheck } from '@atolye/shared';
import { Public, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { VerificationRateLimit } from '../access/verification-rate-limit.guard';
import { sendDownload } from '../common/send-download';
import { UuidParam } from '../common/uuid-param.pipe';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CredentialIssuer } from './credential-issuer.service';
import { CredentialKeys } from './credential-keys';
import { CredentialVerifier } from './credential-verifier.service';
import { CheckCredentialDto } from './credentials.dto';
import { issuerProfile } from './open-badge-credential';
import { StatusLists } from './status-lists.service';

const STATUS_LIST_PARAM = new ParseIntPipe({
  exceptionFactory: () =>
    new BadRequestException({
      message: 'list: must be a whole number, the status list counted from 1',
      details: [{ field: 'list', reason: 'must be a whole number' }],
    }),
});

/** Open Badge credentials: what verifiers fetch, the holder's download, and checking an upload. */
@ApiTags('credentials')
@Controller()
export class CredentialsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly issuer: CredentialIssuer,
    private readonly keys: CredentialKeys,
    private readonly statusLists: StatusLists,
    private readonly verifier: CredentialVerifier,
  ) {}

  /** The issuer's Open Badges profile: the `issuer.id` every credential names. */
  @Get('credentials/issuer')
  @Public()
  profile() {
    return issuerProfile({ publicUrl: this.config.publicUrl, issuerName: this.config.certificateIssuer });
  }

  /** The public keys (JWKS) credentials are signed with, by `kid`. */
  @Get('credentials/keys')
  @Public()
  async publicKeys(): Promise<{ keys: JWK[] }> {
    return { keys: await this.keys.publicKeys() };
  }

  /** A signed Bitstring Status List credential: bit n set means the credential at place n is revoked. */
  @Get('credentials/status/:list')
  @Public()
  statusList(@Param('list', STATUS_LIST_PARAM) list: number): Promise<Record<string, unknown>> {
    return this.statusLists.file(list);
  }

  /** The holder's own certificate as an Open Badges 3.0 credential file. */
  @Get('my/certificates/:id/credential')
  @SignedIn()
  async download(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.issuer.fileFor(caller, id);
    sendDownload(response, `open-badge-${id.slice(0, 8)}.json`, JSON.stringify(file, null, 2));
  }

  /** Whether an uploaded credential file is valid, revoked, tampered with or not ours. */
  @Post('verify/credential')
  @HttpCode(200)
  @Public()
  @UseGuards(VerificationRateLimit)
  check(@Body() body: CheckCredentialDto): Promise<CredentialCheck> {
    return this.verifier.check(body.content);
  }
}
