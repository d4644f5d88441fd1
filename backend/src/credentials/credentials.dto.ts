import { IsString, MaxLength, MinLength } from 'class-validator';
import { CREDENTIAL_FILE_MAX_CHARS, type CheckCredentialRequest } from '@atolye/shared';

export class CheckCredentialDto implements CheckCredentialRequest {
  @IsString()
  @MinLength(2, { message: 'content must be the text of a credential file' })
  @MaxLength(CREDENTIAL_FILE_MAX_CHARS, {
    message: `content must be at most ${CREDENTIAL_FILE_MAX_CHARS} characters: a credential file is a few kilobytes`,
  })
  content: string;
}
