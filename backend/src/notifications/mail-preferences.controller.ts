import { Body, Controller, Get, HttpCode, NotFoundException, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OPTIONAL_MAIL_KINDS, type MailPreferences, type OptionalMailKind } from '@atolye/shared';
import { Public, SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { problem } from '../common/api-problem';
import { MailPreferencesDto, UnsubscribeDto } from './mail-preferences.dto';

/** The kinds in the shared order, whatever order they were sent in. */
function ordered(kinds: OptionalMailKind[]): OptionalMailKind[] {
  return OPTIONAL_MAIL_KINDS.filter((kind) => kinds.includes(kind));
}

@ApiTags('notifications')
@Controller()
export class MailPreferencesController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The optional mails (reminders, digests) the caller switched off. */
  @Get('me/mail-preferences')
  @SignedIn()
  async get(@Caller() caller: SignedInPerson): Promise<MailPreferences> {
    const [row] = await this.db.query('SELECT mail_opt_outs FROM people WHERE id = $1', [caller.id]);
    return { optedOut: ordered(row?.mail_opt_outs ?? []) };
  }

  @Put('me/mail-preferences')
  @SignedIn()
  async set(@Caller() caller: SignedInPerson, @Body() body: MailPreferencesDto): Promise<MailPreferences> {
    const optedOut = ordered(body.optedOut);
    await this.db.query('UPDATE people SET mail_opt_outs = $2 WHERE id = $1', [caller.id, optedOut]);
    return { optedOut };
  }

  /** Switches one optional mail off from the link at its foot; no sign-in needed, the token is the key. */
  @Post('unsubscribe')
  @HttpCode(204)
  @Public()
  async unsubscribe(@Body() body: UnsubscribeDto): Promise<void> {
    const [, count] = await this.db.query(
      `UPDATE people SET mail_opt_outs = CASE WHEN $2 = ANY(mail_opt_outs) THEN mail_opt_outs ELSE array_append(mail_opt_outs, $2) END
        WHERE unsubscribe_token = $1`,
      [body.token, body.kind],
    );
    if (count === 0)
      throw new NotFoundException(
        problem('notifications.unsubscribeLinkInvalid', 'This unsubscribe link is not valid.'),
      );
  }
}
