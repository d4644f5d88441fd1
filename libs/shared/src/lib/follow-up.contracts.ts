import type { LocalisedText } from './languages';
import type { FigureDefinition } from './reports.contracts';

/** Months after a session's last meeting at which its follow-up survey opens. */
export const FOLLOW_UP_WAVES = [3, 6] as const;
export type FollowUpWave = (typeof FOLLOW_UP_WAVES)[number];
/** Days a wave stays open for answers. */
export const FOLLOW_UP_OPEN_DAYS = 30;

export type SurveyQuestionKind = 'single' | 'multiple' | 'text';

export interface SurveyOption {
  id: string;
  label: LocalisedText;
}

export interface SurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  required: boolean;
  prompt: LocalisedText;
  /** Choices of a single or multiple question. */
  options: SurveyOption[];
}

/** A survey as authored under content/surveys/<slug>/<version>/survey.yaml. */
export interface SurveyDefinition {
  slug: string;
  version: string;
  title: LocalisedText;
  intro: LocalisedText;
  questions: SurveyQuestion[];
}

/** One answer per question id: an option id, a list of option ids, or a text. */
export type SurveyAnswers = Record<string, string | string[]>;

export interface SubmitFollowUpRequest {
  answers: SurveyAnswers;
}

/** A trainee's follow-up of one enrolment: the wave open now, if any, and whether it is answered. */
export interface MyFollowUp {
  enrolmentId: string;
  trainingTitle: LocalisedText;
  sessionTitle: string;
  wave: FollowUpWave | null;
  closesAt: string | null;
  answered: boolean;
  survey: SurveyDefinition;
}

export interface FollowUpWaveFigures {
  wave: FollowUpWave;
  /** Enrolments whose wave has opened. */
  invited: number;
  respondents: number;
  /** Respondents who used what they learned (yes or partly). */
  used: number;
  /** Percentages with one decimal; null when nobody was invited or answered. */
  usedShare: number | null;
  responseRate: number | null;
}

export interface FollowUpFigures {
  waves: FollowUpWaveFigures[];
  definitions: FigureDefinition[];
}
