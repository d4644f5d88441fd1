import { Foundation1764100000000 } from './1764100000000-foundation';
import { TrainingsSessionsEnrolments1764200000000 } from './1764200000000-trainings-sessions-enrolments';
import { AttendanceEvaluations1764300000000 } from './1764300000000-attendance-evaluations';
import { QuizzesAttempts1764400000000 } from './1764400000000-quizzes-attempts';
import { Certificates1764500000000 } from './1764500000000-certificates';
import { Indicators1764600000000 } from './1764600000000-indicators';
import { ParticipationFacts1764700000000 } from './1764700000000-participation-facts';
import { MailOutbox1764800000000 } from './1764800000000-mail-outbox';
import { ImportProgress1764900000000 } from './1764900000000-import-progress';
import { QuizAfterLesson1765000000000 } from './1765000000000-quiz-after-lesson';
import { MailSecretLinks1765100000000 } from './1765100000000-mail-secret-links';
import { RegistrationConfirmation1765110000000 } from './1765110000000-registration-confirmation';
import { SessionTimeZones1765700000000 } from './1765700000000-session-time-zones';
import { CertificateJobProvenance1765200000000 } from './1765200000000-certificate-job-provenance';
import { ImportJobRows1765210000000 } from './1765210000000-import-job-rows';
import { MailCalendarAttachment1765800000000 } from './1765800000000-mail-calendar-attachment';
import { NotificationsAndNotices1765810000000 } from './1765810000000-notifications-and-notices';
import { OrganisationProfiles1766100000000 } from './1766100000000-organisation-profiles';
import { CertificateTemplates1765500000000 } from './1765500000000-certificate-templates';
import { TrainerProfiles1766200000000 } from './1766200000000-trainer-profiles';
import { ProgrammeEvents1766210000000 } from './1766210000000-programme-events';
import { SessionQuizDeadlines1766500000000 } from './1766500000000-session-quiz-deadlines';
import { FollowUpSurveys1766600000000 } from './1766600000000-follow-up-surveys';
import { CapacitySelfAssessment1766700000000 } from './1766700000000-capacity-self-assessment';
import { CoachingTracks1766710000000 } from './1766710000000-coaching-tracks';
import { Logframe1766720000000 } from './1766720000000-logframe';
import { OpenBadgeCredentials1766730000000 } from './1766730000000-open-badge-credentials';
import { XapiForwarding1766740000000 } from './1766740000000-xapi-forwarding';
import { KnowledgeGains1765400000000 } from './1765400000000-knowledge-gains';

/** Every migration in order; listed rather than globbed so sources and dist behave alike. */
export const MIGRATIONS = [
  Foundation1764100000000,
  TrainingsSessionsEnrolments1764200000000,
  AttendanceEvaluations1764300000000,
  QuizzesAttempts1764400000000,
  Certificates1764500000000,
  Indicators1764600000000,
  ParticipationFacts1764700000000,
  MailOutbox1764800000000,
  ImportProgress1764900000000,
  QuizAfterLesson1765000000000,
  MailSecretLinks1765100000000,
  RegistrationConfirmation1765110000000,
  SessionTimeZones1765700000000,
  CertificateJobProvenance1765200000000,
  ImportJobRows1765210000000,
  OrganisationProfiles1766100000000,
  CertificateTemplates1765500000000,
  TrainerProfiles1766200000000,
  ProgrammeEvents1766210000000,
  KnowledgeGains1765400000000,
  MailCalendarAttachment1765800000000,
  NotificationsAndNotices1765810000000,
  SessionQuizDeadlines1766500000000,
  FollowUpSurveys1766600000000,
  CapacitySelfAssessment1766700000000,
  CoachingTracks1766710000000,
  Logframe1766720000000,
  OpenBadgeCredentials1766730000000,
  XapiForwarding1766740000000,
];
