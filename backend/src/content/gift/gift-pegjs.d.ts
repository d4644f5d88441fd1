// Types for the part of gift-pegjs (Moodle GIFT parser) that the converter reads.
declare module 'gift-pegjs' {
  export interface GiftText {
    format: string;
    text: string;
  }
  export interface GiftChoice {
    isCorrect: boolean;
    weight: number | null;
    text: GiftText;
    feedback: GiftText | null;
  }
  export interface GiftQuestion {
    type: 'MC' | 'TF' | 'Short' | 'Numerical' | 'Matching' | 'Essay' | 'Description' | 'Category';
    title: string | null;
    stem: GiftText;
    globalFeedback: GiftText | null;
    choices?:
      | GiftChoice[]
      | {
          type: 'simple' | 'range' | 'high-low';
          number?: number;
          range?: number;
          numberHigh?: number;
          numberLow?: number;
        }
      | GiftNumericalChoice[];
    isTrue?: boolean;
    trueFeedback?: GiftText | null;
    falseFeedback?: GiftText | null;
    matchPairs?: { subquestion: GiftText; subanswer: string }[];
  }
  export interface GiftNumericalChoice {
    isCorrect: boolean;
    weight: number | null;
    text: {
      type: 'simple' | 'range' | 'high-low';
      number?: number;
      range?: number;
      numberHigh?: number;
      numberLow?: number;
    };
    feedback: GiftText | null;
  }
  export function parse(source: string): GiftQuestion[];
}
