/** One problem with one field of a request. */
export interface FieldError {
  field: string;
  reason: string;
}

/**
 * Codes given by status alone, when nothing more specific is said: the English message beside
 * one of these may say more (which record was not found), so an English portal shows the
 * message and others the translation.
 */
export const GENERAL_ERROR_CODES = [
  'invalidInput',
  'unauthorized',
  'forbidden',
  'notFound',
  'tooLarge',
  'unsupportedMediaType',
  'tooManyRequests',
  'serviceUnavailable',
  'unexpected',
] as const;

/**
 * Stable codes of the errors people meet, which the portal shows in its own language
 * (`errors.code.<code>` in each translation file). The message beside a code stays English,
 * for API clients and logs. Every code needs both translations: the i18n check enforces it.
 */
export const ERROR_CODES = [
  ...GENERAL_ERROR_CODES,
  // Requests from another site's pages.
  'request.foreignOrigin',
  // Signing in.
  'auth.wrongCredentials',
  'auth.accountDisabled',
  'auth.tooManyAttempts',
  'auth.tooManyResetRequests',
  'auth.resetLinkInvalid',
  'auth.resetLinkUsed',
  'auth.resetLinkExpired',
  'auth.tooManyRegistrations',
  'auth.confirmLinkInvalid',
  'auth.confirmLinkUsed',
  'auth.confirmLinkExpired',
  'profile.wrongCurrentPassword',
  // Enrolment.
  'enrolment.alreadyEnrolled',
  'enrolment.alreadyCompleted',
  'enrolment.alreadyWaitlisted',
  'enrolment.alreadyPending',
  'enrolment.cannotWithdraw',
  'enrolment.alreadyDecided',
  'enrolment.personAlreadyIn',
  'enrolment.trainingNotOpen',
  'enrolment.closed',
  'import.unpacksTooLarge',
  // Sessions and people.
  'session.notYourSession',
  'people.ownRoles',
  'people.disableSelf',
  'people.disabledNoInvitation',
  'notifications.unsubscribeLinkInvalid',
  // Organisation profiles and focal people.
  'organisation.notYourOrganisation',
  'people.focalPersonNeedsOrganisation',
  'profile.focalPersonOrganisationFixed',
  // Check-in.
  'checkIn.notEnrolled',
  'checkIn.noOpenMeeting',
  'checkIn.codeNotCurrent',
  'checkIn.notOpenYet',
  'checkIn.closed',
  'checkIn.tooManyAttempts',
  // Attendance.
  'attendance.meetingNotStarted',
  'walkIn.organisationDiffers',
  // Quizzes.
  'quiz.attemptsUsed',
  'quiz.startChanged',
  'quiz.alreadySubmitted',
  'quiz.timeUp',
  'quiz.submitChanged',
  'quiz.closed',
  // Moodle GIFT conversion.
  'gift.fileTooLarge',
  'gift.tooSlow',
  // Evaluations.
  'evaluation.alreadySubmitted',
  'evaluation.notOpenYet',
  'evaluation.notParticipant',
  'followUp.alreadyAnswered',
  'followUp.notOpen',
  // Capacity self-assessment.
  'capacity.alreadySubmitted',
  'capacity.baselineFirst',
  // Certificates.
  'certificate.alreadyHeld',
  'certificate.noSeat',
  'certificate.notEligible',
  'certificate.alreadyRevoked',
  'certificate.revokedCannotBeReissued',
  'verification.tooManyRequests',
  // Trainings and sessions.
  'training.archived',
  'training.noModules',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The single shape of every error the API returns. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** What went wrong as a stable code, for the portal to say in the reader's language. */
  code?: ErrorCode;
  /** Values the translated message needs (a number of attempts, a time). */
  params?: Record<string, string | number>;
  details?: FieldError[];
  /** Present on unexpected (5xx) errors so support can find the log line. */
  errorId?: string;
}
