import { FOUNDATION_MIGRATIONS } from './database/foundation.migrations';
import { ACCESS_MIGRATIONS } from './access/access.migrations';
import { ASSESSMENTS_MIGRATIONS } from './assessments/assessments.migrations';
import { ATTENDANCE_MIGRATIONS } from './attendance/attendance.migrations';
import { AUTH_MIGRATIONS } from './auth/auth.migrations';
import { CAPACITY_MIGRATIONS } from './capacity/capacity.migrations';
import { CERTIFICATES_MIGRATIONS } from './certificates/certificates.migrations';
import { COACHING_MIGRATIONS } from './coaching/coaching.migrations';
import { CONTENT_MIGRATIONS } from './content/content.migrations';
import { CREDENTIALS_MIGRATIONS } from './credentials/credentials.migrations';
import { ENROLMENTS_MIGRATIONS } from './enrolments/enrolments.migrations';
import { FOLLOW_UP_MIGRATIONS } from './follow-up/follow-up.migrations';
import { LOGFRAME_MIGRATIONS } from './logframe/logframe.migrations';
import { MAIL_MIGRATIONS } from './mail/mail.migrations';
import { NOTIFICATIONS_MIGRATIONS } from './notifications/notifications.migrations';
import { ORGANISATIONS_MIGRATIONS } from './organisations/organisations.migrations';
import { PROGRAMME_EVENTS_MIGRATIONS } from './programme-events/programme-events.migrations';
import { REPORTS_MIGRATIONS } from './reports/reports.migrations';
import { SESSIONS_MIGRATIONS } from './sessions/sessions.migrations';
import { TRAINERS_MIGRATIONS } from './trainers/trainers.migrations';
import { XAPI_MIGRATIONS } from './xapi/xapi.migrations';

/** The timestamp TypeORM reads from the end of a migration's class name and orders them by. */
export function migrationTimestamp(migration: { name: string }): number {
  return Number(/\d{13}$/.exec(migration.name)?.[0]);
}

/**
 * Every migration, oldest first, for every data source of the application and its commands. Each
 * feature lists the migrations of its own tables in `<feature>/<feature>.migrations.ts`, their
 * files in `<feature>/migrations/`; this list only gathers them, listed rather than globbed so the
 * same list works from sources and from dist, and sorted as TypeORM applies them.
 *
 * Where a migration lives: with the feature owning most of the tables it creates (or, creating
 * none, changes); on a tie, with the feature whose new table refers to the other's, the one it was
 * made for. The first two laid down the tables of four and five features at once, so no feature
 * owns them: they stay in `database/migrations/`. New migrations go into their feature's folder.
 */
export const MIGRATIONS = [
  ...FOUNDATION_MIGRATIONS,
  ...ACCESS_MIGRATIONS,
  ...ASSESSMENTS_MIGRATIONS,
  ...ATTENDANCE_MIGRATIONS,
  ...AUTH_MIGRATIONS,
  ...CAPACITY_MIGRATIONS,
  ...CERTIFICATES_MIGRATIONS,
  ...COACHING_MIGRATIONS,
  ...CONTENT_MIGRATIONS,
  ...CREDENTIALS_MIGRATIONS,
  ...ENROLMENTS_MIGRATIONS,
  ...FOLLOW_UP_MIGRATIONS,
  ...LOGFRAME_MIGRATIONS,
  ...MAIL_MIGRATIONS,
  ...NOTIFICATIONS_MIGRATIONS,
  ...ORGANISATIONS_MIGRATIONS,
  ...PROGRAMME_EVENTS_MIGRATIONS,
  ...REPORTS_MIGRATIONS,
  ...SESSIONS_MIGRATIONS,
  ...TRAINERS_MIGRATIONS,
  ...XAPI_MIGRATIONS,
].sort((a, b) => migrationTimestamp(a) - migrationTimestamp(b));
