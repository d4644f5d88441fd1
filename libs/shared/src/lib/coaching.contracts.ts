import type { Gender } from './languages';
import type { GenderCounts } from './programme-events.contracts';
import type { FigureDefinition } from './reports.contracts';
import type { LogframeLevel } from './logframe.contracts';

/** Where a coaching track stands; only finished tracks count in the reports. */
export const COACHING_TRACK_STATUSES = ['planned', 'active', 'finished', 'dropped'] as const;
export type CoachingTrackStatus = (typeof COACHING_TRACK_STATUSES)[number];

/** A mentor is a trainer from the roster, or an expert of a partner organisation. */
export const MENTOR_KINDS = ['trainer', 'partner_expert'] as const;
export type MentorKind = (typeof MENTOR_KINDS)[number];

export const MEETING_MODES = ['in_person', 'online'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

// The project draft's logframe has the programme logframe's levels (LOGFRAME_LEVELS), each
// level's items hanging under an item of the level above.

/** The team edits; submitting asks the mentor for a review; the mentor marks it reviewed. */
export const DRAFT_STATUSES = ['editing', 'submitted', 'reviewed'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** What the caller is on a track; decides what they may write. */
export type CoachingRole = 'coordinator' | 'mentor' | 'team';

export interface CoachingPerson {
  id: string;
  fullName: string;
  gender: Gender;
  organisationName: string | null;
}

export interface CoachingTrackSummary {
  id: string;
  title: string;
  projectTitle: string;
  status: CoachingTrackStatus;
  startsOn: string;
  endsOn: string;
  mentor: CoachingPerson;
  mentorKind: MentorKind;
  organisationId: string | null;
  organisationName: string | null;
  team: CoachingPerson[];
  draftStatus: DraftStatus;
  meetingCount: number;
  openActionItems: number;
}

export interface ActionItem {
  id: string;
  text: string;
  ownerId: string;
  ownerName: string;
  /** YYYY-MM-DD */
  dueOn: string;
  done: boolean;
}

export interface CoachingMeeting {
  id: string;
  /** YYYY-MM-DD */
  heldOn: string;
  durationMinutes: number;
  mode: MeetingMode;
  notes: string;
  actionItems: ActionItem[];
}

export interface DraftIndicator {
  description: string;
  baseline: string;
  target: string;
  meansOfVerification: string;
}

export interface DraftComment {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  resolved: boolean;
}

export interface DraftItem {
  id: string;
  parentId: string | null;
  level: LogframeLevel;
  text: string;
  indicators: DraftIndicator[];
  comments: DraftComment[];
}

export interface CoachingTrackDetail extends CoachingTrackSummary {
  /** What the caller is on this track. */
  myRole: CoachingRole;
  meetings: CoachingMeeting[];
  /** Items in tree order: each item after its parent, siblings in the order they were added. */
  draft: DraftItem[];
}

export interface SaveCoachingTrackRequest {
  title: string;
  projectTitle: string;
  mentorId: string;
  organisationId: string | null;
  teamIds: string[];
  startsOn: string;
  endsOn: string;
  status: CoachingTrackStatus;
}

export interface SaveActionItemRequest {
  /** Absent: a new item; present: keeps that item. */
  id?: string;
  text: string;
  ownerId: string;
  dueOn: string;
  done: boolean;
}

export interface SaveCoachingMeetingRequest {
  heldOn: string;
  durationMinutes: number;
  mode: MeetingMode;
  notes: string;
  actionItems: SaveActionItemRequest[];
}

export interface SaveDraftItemRequest {
  parentId: string | null;
  level: LogframeLevel;
  text: string;
  indicators: DraftIndicator[];
}

export interface CoachingFigures {
  tracksFinished: number;
  organisationsCoached: number;
  peopleCoached: number;
  peopleCoachedByGender: GenderCounts;
  meetingsHeld: number;
  meetingHours: number;
  definitions: FigureDefinition[];
}
