import { CoachingDraftCommentEntity, CoachingDraftItemEntity } from './coaching-draft.entity';
import { CoachingActionItemEntity, CoachingMeetingEntity } from './coaching-meeting.entity';
import { CoachingTrackEntity, CoachingTrackMemberEntity } from './coaching-track.entity';

/** Coaching tracks, their team, meetings and action items, and the project draft with its comments. */
export const COACHING_ENTITIES = [
  CoachingTrackEntity,
  CoachingTrackMemberEntity,
  CoachingMeetingEntity,
  CoachingActionItemEntity,
  CoachingDraftItemEntity,
  CoachingDraftCommentEntity,
];
