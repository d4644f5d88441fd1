import type { EnrolmentSummary, Progress } from '@atolye/shared';
import type { EnrolmentRow } from './enrolments.repository';

export function toProgress(completed: number, total: number): Progress {
  return {
    completedLessons: completed,
    totalLessons: total,
    percent: total === 0 ? 0 : Math.round((100 * completed) / total),
  };
}

export function toEnrolmentSummary(row: EnrolmentRow): EnrolmentSummary {
  return {
    id: row.id,
    sessionId: row.session_id,
    person: { id: row.person_id, fullName: row.full_name, email: row.email, organisation: row.organisation },
    status: row.status,
    requestedAt: new Date(row.requested_at).toISOString(),
    decidedAt: row.decided_at ? new Date(row.decided_at).toISOString() : null,
    waitlistPosition: row.waitlist_position,
    completedLessons: row.completed_lessons,
    totalLessons: row.total_lessons,
  };
}
