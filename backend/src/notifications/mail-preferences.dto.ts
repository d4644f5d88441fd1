import { ArrayMaxSize, IsArray, IsIn, IsString, Matches } from 'class-validator';
import { OPTIONAL_MAIL_KINDS, type MailPreferences, type OptionalMailKind } from '@atolye/shared';

const KINDS = `one of ${OPTIONAL_MAIL_KINDS.join(', ')}`;

export class MailPreferencesDto implements MailPreferences {
  @IsArray({ message: 'optedOut must be a list of optional mail kinds' })
  @ArrayMaxSize(OPTIONAL_MAIL_KINDS.length)
  @IsIn(OPTIONAL_MAIL_KINDS, { each: true, message: `optedOut: each kind must be ${KINDS}` })
  optedOut: OptionalMailKind[];
}

export class UnsubscribeDto {
  @IsString({ message: 'token must be the code from the unsubscribe link' })
  @Matches(/^[A-Za-z0-9_-]{32}$/, { message: 'token must be the code from the unsubscribe link' })
  token: string;

  @IsIn(OPTIONAL_MAIL_KINDS, { message: `kind must be ${KINDS}` })
  kind: OptionalMailKind;
}
