import { MailOutbox1764800000000 } from './migrations/1764800000000-mail-outbox';

/**
 * The migrations of the tables access owns, oldest first; collected for the data source in
 * src/migrations.ts. MailOutbox also created mail's outbox, but two of its three tables are the
 * password-reset tokens and requests.
 */
export const ACCESS_MIGRATIONS = [MailOutbox1764800000000];
