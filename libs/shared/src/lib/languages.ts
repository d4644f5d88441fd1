export const LANGUAGES = ['en', 'tr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** A text in each language it exists in. */
export type LocalisedText = Partial<Record<Language, string>>;

/** Self-declared gender, used only for disaggregated reporting. */
export const GENDERS = ['female', 'male', 'other', 'undeclared'] as const;
export type Gender = (typeof GENDERS)[number];
