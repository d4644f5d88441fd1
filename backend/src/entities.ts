import { ACCESS_ENTITIES } from './access/access.entities';
import { ASSESSMENTS_ENTITIES } from './assessments/assessments.entities';
import { ATTENDANCE_ENTITIES } from './attendance/attendance.entities';
import { AUDIT_ENTITIES } from './audit/audit.entities';
import { AUTH_ENTITIES } from './auth/auth.entities';
import { CERTIFICATES_ENTITIES } from './certificates/certificates.entities';
import { COACHING_ENTITIES } from './coaching/coaching.entities';
import { CONTENT_ENTITIES } from './content/content.entities';
import { ENROLMENTS_ENTITIES } from './enrolments/enrolments.entities';
import { EVALUATIONS_ENTITIES } from './evaluations/evaluations.entities';
import { LEARNING_ENTITIES } from './learning/learning.entities';
import { LOGFRAME_ENTITIES } from './logframe/logframe.entities';
import { MAIL_ENTITIES } from './mail/mail.entities';
import { NOTIFICATIONS_ENTITIES } from './notifications/notifications.entities';
import { ORGANISATIONS_ENTITIES } from './organisations/organisations.entities';
import { PEOPLE_ENTITIES } from './people/people.entities';
import { PROGRAMME_EVENTS_ENTITIES } from './programme-events/programme-events.entities';
import { REPORTS_ENTITIES } from './reports/reports.entities';
import { SESSIONS_ENTITIES } from './sessions/sessions.entities';
import { TRAINERS_ENTITIES } from './trainers/trainers.entities';
import { TRAININGS_ENTITIES } from './trainings/trainings.entities';
import { XAPI_ENTITIES } from './xapi/xapi.entities';

/**
 * Every entity, for every data source of the application and its commands. Each feature lists its
 * own tables in `<feature>/<feature>.entities.ts`; this list only gathers them, listed rather than
 * globbed so the same list works from sources and from dist.
 */
export const ENTITIES = [
  ...ORGANISATIONS_ENTITIES,
  ...PEOPLE_ENTITIES,
  ...ACCESS_ENTITIES,
  ...AUDIT_ENTITIES,
  ...CONTENT_ENTITIES,
  ...TRAININGS_ENTITIES,
  ...SESSIONS_ENTITIES,
  ...ENROLMENTS_ENTITIES,
  ...LEARNING_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...EVALUATIONS_ENTITIES,
  ...ASSESSMENTS_ENTITIES,
  ...CERTIFICATES_ENTITIES,
  ...REPORTS_ENTITIES,
  ...AUTH_ENTITIES,
  ...MAIL_ENTITIES,
  ...TRAINERS_ENTITIES,
  ...PROGRAMME_EVENTS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...LOGFRAME_ENTITIES,
  ...COACHING_ENTITIES,
  ...XAPI_ENTITIES,
];
