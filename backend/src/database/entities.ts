import { QuizAttemptEntity } from '../assessments/quiz-attempt.entity';
import { QuizEntity } from '../content/quiz.entity';
import { AttendanceRecordEntity } from '../attendance/attendance-record.entity';
import { WalkInEntity } from '../attendance/walk-in.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { CertificateJobEntity } from '../certificates/certificate-job.entity';
import { CertificateSerialEntity } from '../certificates/certificate-serial.entity';
import { CertificateEntity } from '../certificates/certificate.entity';
import { RateLimitEntity } from '../certificates/rate-limit.entity';
import { CertificateAssetEntity } from '../certificates/templates/certificate-asset.entity';
import { CertificateTemplateEntity } from '../certificates/templates/certificate-template.entity';
import { EvaluationEntity } from '../evaluations/evaluation.entity';
import { LessonEntity } from '../content/lesson.entity';
import { ModuleMediaEntity } from '../content/module-media.entity';
import { ModuleVersionEntity } from '../content/module-version.entity';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';
import { ImportJobEntity } from '../enrolments/import-job.entity';
import { ImportJobRowEntity } from '../enrolments/import-job-row.entity';
import { LessonProgressEntity } from '../learning/lesson-progress.entity';
import { IndicatorEntity } from '../reports/indicator.entity';
import { ParticipationFactsEntity } from '../reports/participation-facts.entity';
import { MeetingEntity } from '../sessions/meeting.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrainingRevisionEntity } from '../trainings/training-revision.entity';
import { TrainingEntity } from '../trainings/training.entity';
import { AuthSessionEntity } from '../access/auth-session.entity';
import { LoginFailureEntity } from '../access/login-failure.entity';
import { PasswordResetRequestEntity } from '../access/password-reset-request.entity';
import { PasswordResetTokenEntity } from '../access/password-reset-token.entity';
import { PendingRegistrationEntity } from '../auth/pending-registration.entity';
import { RegistrationRequestEntity } from '../auth/registration-request.entity';
import { MailOutboxEntity } from '../mail/mail-outbox.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { NoticeClaimEntity } from '../notifications/notice-claim.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { PersonEntity } from '../people/person.entity';
import { TrainerProfileEntity } from '../trainers/trainer-profile.entity';
import {
  ProgrammeEventEntity,
  ProgrammeEventParticipantEntity,
  ProgrammeEventReportEntity,
} from '../programme-events/programme-event.entity';

/** Every entity, listed rather than globbed so the same list works from sources and from dist. */
export const ENTITIES = [
  OrganisationEntity,
  PersonEntity,
  AuthSessionEntity,
  LoginFailureEntity,
  AuditEntryEntity,
  ModuleVersionEntity,
  LessonEntity,
  ModuleMediaEntity,
  TrainingEntity,
  TrainingRevisionEntity,
  SessionEntity,
  MeetingEntity,
  EnrolmentEntity,
  LessonProgressEntity,
  ImportJobEntity,
  ImportJobRowEntity,
  WalkInEntity,
  AttendanceRecordEntity,
  EvaluationEntity,
  QuizEntity,
  QuizAttemptEntity,
  CertificateEntity,
  CertificateSerialEntity,
  CertificateJobEntity,
  RateLimitEntity,
  CertificateAssetEntity,
  CertificateTemplateEntity,
  IndicatorEntity,
  ParticipationFactsEntity,
  PasswordResetTokenEntity,
  PasswordResetRequestEntity,
  RegistrationRequestEntity,
  PendingRegistrationEntity,
  MailOutboxEntity,
  TrainerProfileEntity,
  ProgrammeEventEntity,
  ProgrammeEventParticipantEntity,
  ProgrammeEventReportEntity,
  NotificationEntity,
  NoticeClaimEntity,
];
