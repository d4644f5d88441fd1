import { MailSecretLinks1765100000000 } from './migrations/1765100000000-mail-secret-links';
import { MailCalendarAttachment1765800000000 } from './migrations/1765800000000-mail-calendar-attachment';

/** The migrations of the tables mail owns, oldest first; collected for the data source in src/migrations.ts. */
export const MAIL_MIGRATIONS = [MailSecretLinks1765100000000, MailCalendarAttachment1765800000000];
