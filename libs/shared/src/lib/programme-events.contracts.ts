import type { Gender } from './languages';

/** Programme activities beside the trainings: study visits to partners, and workshops or conferences. */
export const PROGRAMME_EVENT_KINDS = ['study_visit', 'workshop', 'conference'] as const;
export type ProgrammeEventKind = (typeof PROGRAMME_EVENT_KINDS)[number];

export interface AgendaItem {
  /** YYYY-MM-DD, within the event's days. */
  day: string;
  /** HH:mm, local time at the place of the event, or null for the whole day. */
  time: string | null;
  title: string;
  place: string | null;
}

export interface CostItem {
  item: string;
  amountEur: number;
}

export interface Speaker {
  fullName: string;
  gender: Gender;
  organisation: string | null;
  topic: string | null;
}

export interface FollowUpAction {
  id: string;
  description: string;
  ownerId: string;
  ownerName: string;
  /** YYYY-MM-DD */
  dueOn: string;
  done: boolean;
}

export interface EventParticipant {
  id: string;
  fullName: string;
  gender: Gender;
  organisationName: string | null;
  reported: boolean;
}

export interface ParticipantReport {
  personId: string;
  fullName: string;
  learned: string;
  willApply: string;
  submittedAt: string;
}

export interface ProgrammeEventSummary {
  id: string;
  kind: ProgrammeEventKind;
  title: string;
  startsOn: string;
  endsOn: string;
  city: string;
  country: string;
  hostOrganisations: string[];
  participantCount: number;
  speakerCount: number;
}

export interface ProgrammeEventDetail extends ProgrammeEventSummary {
  description: string | null;
  agenda: AgendaItem[];
  costs: CostItem[];
  speakers: Speaker[];
  participants: EventParticipant[];
  followUpActions: FollowUpAction[];
  reports: ParticipantReport[];
}

export interface SaveProgrammeEventRequest {
  kind: ProgrammeEventKind;
  title: string;
  description: string | null;
  startsOn: string;
  endsOn: string;
  city: string;
  country: string;
  hostOrganisations: string[];
  agenda: AgendaItem[];
  costs: CostItem[];
  speakers: Speaker[];
  participantIds: string[];
  /** An action without an id is new; one with an id keeps it. */
  followUpActions: { id?: string; description: string; ownerId: string; dueOn: string; done: boolean }[];
}

/** A participant's own view: the event, their report, and the actions they own. */
export interface MyProgrammeEvent {
  id: string;
  kind: ProgrammeEventKind;
  title: string;
  startsOn: string;
  endsOn: string;
  city: string;
  country: string;
  hostOrganisations: string[];
  agenda: AgendaItem[];
  myReport: { learned: string; willApply: string; submittedAt: string } | null;
  myActions: FollowUpAction[];
}

export interface SaveParticipantReportRequest {
  learned: string;
  willApply: string;
}

export interface GenderCounts {
  female: number;
  male: number;
  other: number;
  undeclared: number;
}

/** The figures of one group of events (study visits; workshops and conferences). */
export interface ProgrammeEventFigures {
  events: number;
  participants: number;
  participantsByGender: GenderCounts;
  organisations: number;
  provinces: { province: string; participants: number }[];
  speakers: number;
  speakersByGender: GenderCounts;
}

export interface ProgrammeEventReport {
  studyVisits: ProgrammeEventFigures;
  workshops: ProgrammeEventFigures;
}
