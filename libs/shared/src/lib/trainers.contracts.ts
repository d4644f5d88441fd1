import type { Page } from './pagination';

/** A stretch of days (both ends included, YYYY-MM-DD) a trainer has said they are free. */
export interface AvailabilityPeriod {
  from: string;
  to: string;
}

/** What a trainer offers: kept by the trainer and by coordinators. */
export interface TrainerProfile {
  expertiseAreas: string[];
  /** ISO 639-1 codes (tr, en, ar, ku, fa …): the languages the person can train in. */
  languages: string[];
  /** Availability in the trainer's words ("weekdays after 14:00", "not in July"). */
  availabilityNote: string | null;
  availablePeriods: AvailabilityPeriod[];
  updatedAt: string | null;
}

export type SaveTrainerProfileRequest = Omit<TrainerProfile, 'updatedAt'>;

/**
 * One trainer on the roster with the figures computed from their sessions. The figures are
 * defined once, in the server's trainer-figures.ts, and explained in the portal beside them.
 */
export interface TrainerRosterEntry {
  id: string;
  fullName: string;
  email: string;
  organisationName: string | null;
  profile: TrainerProfile;
  sessionsDelivered: number;
  /** Mean of the "trainer" rating (1–5), two decimals; null without any rating. */
  ratingAverage: number | null;
  ratingCount: number;
}

export const TRAINER_ROSTER_SORTS = ['name', 'sessions', 'rating'] as const;
export type TrainerRosterSort = (typeof TRAINER_ROSTER_SORTS)[number];

export interface TrainerRosterQuery {
  q?: string;
  expertise?: string;
  language?: string;
  /** With `availableTo`: only trainers with a period covering every day from one to the other. */
  availableFrom?: string;
  availableTo?: string;
  minRating?: number;
  sort?: TrainerRosterSort;
  page?: number;
  pageSize?: number;
}

export interface TrainerRoster extends Page<TrainerRosterEntry> {
  /** Every expertise area and language on any trainer's profile, for the filters. */
  expertiseAreas: string[];
  languages: string[];
}
