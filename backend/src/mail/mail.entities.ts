import { MailOutboxEntity } from './mail-outbox.entity';

/** The tables mail owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const MAIL_ENTITIES = [MailOutboxEntity];
