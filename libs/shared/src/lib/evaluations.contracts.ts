export const EVALUATION_CRITERIA = ['relevance', 'trainer', 'materials', 'organisation'] as const;
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];

export interface SubmitEvaluationRequest {
  /** Each 1–5. */
  ratings: Record<EvaluationCriterion, number>;
  comments?: string | null;
  anonymous: boolean;
}

export interface MyEvaluationState {
  /** 'not_yet' until the session's last meeting has ended. */
  state: 'not_yet' | 'due' | 'submitted';
  availableFrom: string | null;
  /** The session's time zone, in which `availableFrom` is shown. */
  timeZone: string;
}

export interface SessionEvaluations {
  sessionId: string;
  count: number;
  enrolled: number;
  averages: Record<EvaluationCriterion, number | null>;
  comments: { text: string; author: string | null; submittedAt: string }[];
}
