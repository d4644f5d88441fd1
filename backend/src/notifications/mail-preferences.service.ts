import { Injectable, NotFoundException } from '@nestjs/common';
import { OPTIONAL_MAIL_KINDS, type MailPreferences, type OptionalMailKind } from '@atolye/shared';
import { problem } from '../common/api-problem';
import { PeopleRepository } from '../people/people.repository';

/** The kinds in the shared order, whatever order they were sent or stored in. */
function ordered(kinds: OptionalMailKind[]): OptionalMailKind[] {
  return OPTIONAL_MAIL_KINDS.filter((kind) => kinds.includes(kind));
}

/** Which optional mails (reminders, digests) a person gets; the choice is stored with the person. */
@Injectable()
export class MailPreferencesService {
  constructor(private readonly people: PeopleRepository) {}

  async get(personId: string): Promise<MailPreferences> {
    return { optedOut: ordered(await this.people.mailOptOuts(personId)) };
  }

  async set(personId: string, optedOut: OptionalMailKind[]): Promise<MailPreferences> {
    const kinds = ordered(optedOut);
    await this.people.setMailOptOuts(personId, kinds);
    return { optedOut: kinds };
  }

  /** Switches one optional mail off from the link at its foot: the token is the key. */
  async unsubscribe(token: string, kind: OptionalMailKind): Promise<void> {
    if (!(await this.people.optOut(token, kind)))
      throw new NotFoundException(
        problem('notifications.unsubscribeLinkInvalid', 'This unsubscribe link is not valid.'),
      );
  }
}
