import type { Meeting, SessionDetail, SessionSummary } from '@atolye/shared';
import type { TrainingEntity } from '../trainings/training.entity';
import type { MeetingEntity } from './meeting.entity';
import type { SessionEntity } from './session.entity';
import type { SessionCounts } from './sessions.repository';

export interface SessionContext {
  training: TrainingEntity;
  revision: number;
  counts: SessionCounts | undefined;
  meetings: MeetingEntity[];
  trainerNames: Map<string, string>;
  now: Date;
}

export function toMeeting(meeting: MeetingEntity): Meeting {
  return {
    id: meeting.id,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    topic: meeting.topic,
    location: meeting.location,
  };
}

export function isEnrolmentOpen(session: SessionEntity, now: Date): boolean {
  return session.enrolmentOpensAt <= now && now < session.enrolmentClosesAt;
}

export function toSessionSummary(session: SessionEntity, context: SessionContext): SessionSummary {
  const { meetings } = context;
  return {
    id: session.id,
    trainingId: session.trainingId,
    trainingTitle: context.training.title,
    title: session.title,
    format: session.format,
    mode: session.mode,
    language: session.language,
    venue: session.venue,
    meetingLink: session.meetingLink,
    city: session.city,
    country: session.country,
    timeZone: session.timeZone,
    capacity: session.capacity,
    enrolledCount: context.counts?.enrolled ?? 0,
    waitlistCount: context.counts?.waitlisted ?? 0,
    pendingCount: context.counts?.pending ?? 0,
    enrolmentOpensAt: session.enrolmentOpensAt.toISOString(),
    enrolmentClosesAt: session.enrolmentClosesAt.toISOString(),
    enrolmentPolicy: session.enrolmentPolicy,
    enrolmentOpen: isEnrolmentOpen(session, context.now),
    startsAt: meetings[0]?.startsAt.toISOString() ?? null,
    endsAt: meetings.length ? meetings[meetings.length - 1].endsAt.toISOString() : null,
    trainers: session.trainerIds.map((id) => ({ id, fullName: context.trainerNames.get(id) ?? '' })),
    revision: context.revision,
    latestRevision: context.training.currentRevision,
  };
}

export function toSessionDetail(session: SessionEntity, context: SessionContext): SessionDetail {
  return { ...toSessionSummary(session, context), meetings: context.meetings.map(toMeeting) };
}
