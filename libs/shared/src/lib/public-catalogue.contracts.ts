import type { EnrolmentPolicy, SessionFormat, SessionMode } from './sessions.contracts';
import type { Language, LocalisedText } from './languages';

/**
 * A session open for applications, as anyone may see it without signing in: no names of
 * trainers or participants, only the free places as a number.
 */
export interface PublicSession {
  id: string;
  title: string;
  format: SessionFormat;
  mode: SessionMode;
  language: Language;
  city: string;
  country: string;
  startsAt: string | null;
  endsAt: string | null;
  enrolmentClosesAt: string;
  enrolmentPolicy: EnrolmentPolicy;
  capacity: number;
  seatsLeft: number;
}

/** A published training with at least one session open for applications. */
export interface PublicTraining {
  id: string;
  title: LocalisedText;
  description: LocalisedText;
  languages: Language[];
  topics: string[];
  estimatedMinutes: number;
  modules: { slug: string; title: LocalisedText }[];
  sessions: PublicSession[];
}

/** How long browsers and proxies may keep the public catalogue, in seconds. */
export const PUBLIC_CATALOGUE_MAX_AGE = 300;
