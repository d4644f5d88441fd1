import type { EntityManager } from 'typeorm';
import type { NoticeKind, NoticeParams } from '@atolye/shared';

/** One event under a person's bell in the portal; the portal words it from kind and params. */
export interface BellNotice {
  personId: string;
  kind: NoticeKind;
  params: NoticeParams;
  link: string;
}

/**
 * Where the mail about an event also puts the event under the recipient's bell, in the mail's
 * transaction. The notifications feature owns the bell and provides this; mail sits below it (the
 * scheduled notices are mailed), so mail names what it needs here instead of importing it.
 */
export abstract class Bell {
  abstract add(manager: EntityManager, notices: BellNotice[]): Promise<void>;
}
