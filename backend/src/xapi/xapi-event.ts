import type { XapiEventKind } from '@atolye/shared';

type Titles = Record<string, string | null | undefined>;

/** What each kind of event adds to the common columns (built in xapi-event-sql.ts). */
export interface XapiEventDetails {
  registered: Record<string, never>;
  'lesson-completed': {
    moduleSlug: string;
    moduleTitle: Titles;
    lessonSlug: string;
    lessonTitle: Titles | null;
  };
  'quiz-attempted': {
    moduleSlug: string;
    moduleTitle: Titles;
    quizSlug: string;
    quizTitle: Titles;
    attempt: number;
  };
  'quiz-result': XapiEventDetails['quiz-attempted'] & {
    score: number | string;
    maxScore: number | string;
    passed: boolean;
    seconds: number;
  };
  'meeting-attended': { meetingId: string; topic: string; late: boolean };
  'training-completed': Record<string, never>;
  'certificate-earned': { certificateId: string; serial: string };
}

interface XapiEventBase<K extends XapiEventKind> {
  kind: K;
  /** The record the event comes from (with its kind, the statement's identity). */
  recordKey: string;
  /** When it happened: the statement's timestamp. */
  at: Date;
  /** When its record was written: what forwarding follows. */
  recordedAt: Date;
  enrolmentId: string;
  personId: string;
  sessionId: string;
  sessionTitle: string;
  language: string;
  trainingId: string;
  trainingTitle: Titles;
  detail: XapiEventDetails[K];
}

/** One learning event as read from the database. */
export type XapiEvent = { [K in XapiEventKind]: XapiEventBase<K> }[XapiEventKind];
