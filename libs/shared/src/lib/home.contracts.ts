import type { QuizKind } from './assessments.contracts';
import type { LocalisedText } from './languages';

/** A trainee's meeting today (in its session's zone) that has not ended yet. */
export interface HomeMeetingToday {
  meetingId: string;
  enrolmentId: string;
  sessionTitle: string;
  topic: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** The room, the venue or (for a seat holder) the online link. */
  place: string | null;
  /** Check-in opens a grace period before the meeting and closes one after it. */
  checkInOpen: boolean;
  checkedIn: boolean;
}

/** The first lesson of an enrolment's reading path not yet completed. */
export interface HomeNextLesson {
  enrolmentId: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
  lessonId: string;
  lessonTitle: LocalisedText;
  completedLessons: number;
  totalLessons: number;
}

/** A pre- or post-test still to take, or an attempt under way with its deadline. */
export interface HomeOpenQuiz {
  enrolmentId: string;
  quizId: string;
  kind: QuizKind;
  title: LocalisedText;
  sessionTitle: string;
  attemptsLeft: number;
  /** An attempt begun and not yet submitted. */
  openAttemptId: string | null;
  /** When the begun attempt closes (quizzes with a time limit). */
  deadlineAt: string | null;
  /** When the session closes the quiz, and the session's zone. */
  closesAt: string | null;
  timeZone: string;
}

export interface HomeEnrolmentRef {
  enrolmentId: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
}

/** A follow-up survey wave open and not yet answered. */
export interface HomeFollowUp extends HomeEnrolmentRef {
  wave: number;
  closesAt: string;
}

export interface HomeCertificate {
  certificateId: string;
  trainingTitle: LocalisedText;
  serial: string;
  issuedAt: string;
}

export interface TraineeHome {
  meetingsToday: HomeMeetingToday[];
  nextLessons: HomeNextLesson[];
  openQuizzes: HomeOpenQuiz[];
  evaluationsDue: HomeEnrolmentRef[];
  followUpsDue: HomeFollowUp[];
  /** Valid certificates issued in the last 30 days. */
  certificates: HomeCertificate[];
}

export interface HomeTrainerMeeting {
  meetingId: string;
  sessionId: string;
  sessionTitle: string;
  topic: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  today: boolean;
}

export interface HomeUnmarkedMeeting {
  meetingId: string;
  sessionId: string;
  sessionTitle: string;
  topic: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Participants holding a seat with no attendance mark for the meeting. */
  unmarked: number;
}

export interface HomeSessionEvaluations {
  sessionId: string;
  sessionTitle: string;
  submitted: number;
  participants: number;
}

export interface TrainerHome {
  /** Today's meetings and the next ones, at most five. */
  meetings: HomeTrainerMeeting[];
  /** Meetings of the last 30 days already held whose attendance is not fully marked. */
  unmarked: HomeUnmarkedMeeting[];
  /** Sessions ended in the last 30 days, with the evaluations received. */
  evaluations: HomeSessionEvaluations[];
}

export interface HomeSessionCount {
  sessionId: string;
  sessionTitle: string;
  count: number;
}

export interface HomeImportWithRejections {
  importId: string;
  sessionId: string;
  sessionTitle: string;
  fileName: string;
  rejected: number;
  startedAt: string;
}

export interface HomeIndicatorOffTrack {
  id: string;
  code: string;
  title: LocalisedText;
}

export interface CoordinatorHome {
  /** Enrolment requests waiting for approval, per session. */
  applicationsWaiting: HomeSessionCount[];
  /** Sessions whose last meeting has ended, with participants holding no certificate yet. */
  readyForCertificates: HomeSessionCount[];
  /** Imports of the last 30 days with rows that were rejected. */
  importsWithRejections: HomeImportWithRejections[];
  indicatorsOffTrack: HomeIndicatorOffTrack[];
}

export interface HomeLockedAccount {
  personId: string;
  fullName: string;
  email: string;
  lockedUntil: string;
}

export interface AdminHome {
  /** Mails given up after their last attempt in the last 7 days. */
  failedMails: number;
  lockedAccounts: HomeLockedAccount[];
}

/** What each of the caller's roles has to do now; null for a role the caller does not hold. */
export interface HomeOverview {
  trainee: TraineeHome | null;
  trainer: TrainerHome | null;
  coordinator: CoordinatorHome | null;
  admin: AdminHome | null;
}
