import {
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AttendanceSheet } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MeetingEntity } from '../sessions/meeting.entity';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SessionsService } from '../sessions/sessions.service';
import type { SessionEntity } from '../sessions/session.entity';
import { buildSheet } from './attendance-sheet';
import { AddWalkInDto, MarkMeetingDto } from './attendance.dto';
import { AttendanceRepository } from './attendance.repository';
import { problem } from '../common/api-problem';
import { formatDateTime } from '../common/zoned-time';

@Injectable()
export class AttendanceService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceRepository,
    private readonly sessions: SessionsRepository,
    private readonly sessionsService: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** The sheet of a session: trainers of the session and coordinators only. */
  async sheet(caller: SignedInPerson, sessionId: string): Promise<AttendanceSheet> {
    await this.sessionsService.visible(caller, sessionId);
    return this.sheetOf(sessionId);
  }

  async sheetOf(sessionId: string): Promise<AttendanceSheet> {
    const [session, meetings, attendees, records] = await Promise.all([
      this.sessions.findById(sessionId),
      this.sessions.meetingsOf([sessionId]),
      this.attendance.attendees(sessionId),
      this.attendance.records(sessionId),
    ]);
    if (!session) throw new NotFoundException('No session with this id');
    const sheet = buildSheet(session, meetings, attendees, records);
    return {
      ...sheet,
      meetings: sheet.meetings.map((m, i) => ({
        ...m,
        marksOpenAt: this.checkInWindow(meetings[i]).opensAt.toISOString(),
      })),
    };
  }

  /**
   * Marks a whole meeting in one transaction. A meeting not yet begun (before its check-in
   * window opens) takes only "excused", noted in advance; every mark that changes the record is
   * written to the audit log with the state before and after.
   */
  async markMeeting(
    caller: SignedInPerson,
    meetingId: string,
    request: MarkMeetingDto,
  ): Promise<AttendanceSheet> {
    const { meeting, session } = await this.meetingFor(caller, meetingId);
    const attendees = await this.attendance.attendees(session.id);
    request.marks.forEach((mark, i) => {
      const known = attendees.some((a) =>
        mark.enrolmentId
          ? a.enrolment_id === mark.enrolmentId
          : mark.walkInId !== undefined && a.walk_in_id === mark.walkInId,
      );
      if (!known || (mark.enrolmentId && mark.walkInId)) {
        throw new UnprocessableEntityException({
          message: `marks.${i}: not a participant of this session (give the enrolmentId or walkInId of someone on the sheet)`,
          details: [{ field: `marks.${i}`, reason: 'not a participant of this session' }],
        });
      }
    });
    const { opensAt } = this.checkInWindow(meeting);
    if (new Date() < opensAt) {
      const early = request.marks.findIndex((mark) => mark.status !== 'excused');
      if (early >= 0)
        throw new ConflictException(
          problem(
            'attendance.meetingNotStarted',
            `This meeting has not started: until ${formatDateTime(opensAt, session.timeZone, 'en')} only "excused" can be noted`,
            {
              opensAt: opensAt.toISOString(),
              timeZone: session.timeZone,
              time: formatDateTime(opensAt, session.timeZone, caller.language),
            },
            [{ field: `marks.${early}.status`, reason: 'only "excused" before the meeting starts' }],
          ),
        );
    }
    await this.db.transaction(async (manager) => {
      const before = await this.attendance.records(session.id, manager);
      for (const mark of request.marks) {
        const key = { enrolmentId: mark.enrolmentId ?? null, walkInId: mark.walkInId ?? null };
        await this.attendance.upsert(manager, {
          meetingId,
          ...key,
          status: mark.status,
          note: mark.note ?? null,
          method: 'trainer',
          markedBy: caller.id,
        });
        const old = before.find(
          (r) =>
            r.meeting_id === meetingId &&
            (key.enrolmentId ? r.enrolment_id === key.enrolmentId : r.walk_in_id === key.walkInId),
        );
        if (old && old.status === mark.status && (old.note ?? null) === (mark.note ?? null)) continue;
        const name =
          attendees.find((a) =>
            key.enrolmentId ? a.enrolment_id === key.enrolmentId : a.walk_in_id === key.walkInId,
          )?.full_name ?? '';
        await this.audit.record(
          {
            actor: { id: caller.id, fullName: caller.fullName },
            action: 'attendance.edited',
            subjectType: 'meeting',
            subjectId: meetingId,
            subjectLabel: `${name} — ${session.title}, ${meeting.topic}`,
            before: old ? { status: old.status, note: old.note } : null,
            after: { status: mark.status, note: mark.note ?? null },
          },
          manager,
        );
      }
    });
    return this.sheetOf(session.id);
  }

  /** Adds someone without an account to a meeting's sheet, marked present (audited). */
  async addWalkIn(
    caller: SignedInPerson,
    sessionId: string,
    request: AddWalkInDto,
  ): Promise<AttendanceSheet> {
    const session = await this.sessionsService.visible(caller, sessionId);
    const meeting = await this.attendance.meetingOfSession(request.meetingId, sessionId);
    if (!meeting)
      throw new UnprocessableEntityException({
        message: 'meetingId: no such meeting in this session',
        details: [{ field: 'meetingId', reason: 'no such meeting in this session' }],
      });
    // Someone who came to the door is marked present: only once the meeting has begun.
    const { opensAt } = this.checkInWindow(meeting);
    if (new Date() < opensAt)
      throw new ConflictException(
        problem(
          'attendance.meetingNotStarted',
          `This meeting has not started: walk-ins are added from ${formatDateTime(opensAt, session.timeZone, 'en')}`,
          {
            opensAt: opensAt.toISOString(),
            timeZone: session.timeZone,
            time: formatDateTime(opensAt, session.timeZone, caller.language),
          },
          [{ field: 'meetingId', reason: 'the meeting has not started' }],
        ),
      );
    await this.db.transaction(async (manager) => {
      const walkIn = await this.attendance.addWalkIn(manager, {
        sessionId,
        fullName: request.fullName,
        organisationName: request.organisation ?? null,
        email: request.email || null,
        createdBy: caller.id,
      });
      await this.attendance.upsert(manager, {
        meetingId: meeting.id,
        enrolmentId: null,
        walkInId: walkIn.id,
        status: 'present',
        note: null,
        method: 'trainer',
        markedBy: caller.id,
      });
      await this.audit.record(
        {
          actor: { id: caller.id, fullName: caller.fullName },
          action: 'attendance.edited',
          subjectType: 'meeting',
          subjectId: meeting.id,
          subjectLabel: `${request.fullName} — ${session.title}, ${meeting.topic}`,
          before: null,
          after: { status: 'present', note: null, walkIn: true, organisation: request.organisation ?? null },
        },
        manager,
      );
    });
    return this.sheetOf(sessionId);
  }

  /** The meeting and its session, if the caller trains it or coordinates. */
  async meetingFor(
    caller: SignedInPerson,
    meetingId: string,
  ): Promise<{ meeting: MeetingEntity; session: SessionEntity }> {
    const meeting = await this.attendance.meeting(meetingId);
    if (!meeting) throw new NotFoundException('No meeting with this id');
    const session = await this.sessionsService.visible(caller, meeting.sessionId);
    return { meeting, session };
  }

  /** Check-in works from `grace` minutes before the start to `grace` minutes after the end. */
  checkInWindow(meeting: MeetingEntity): { opensAt: Date; closesAt: Date } {
    const grace = this.config.checkInGraceMinutes * 60_000;
    return {
      opensAt: new Date(meeting.startsAt.getTime() - grace),
      closesAt: new Date(meeting.endsAt.getTime() + grace),
    };
  }

  /** Refuses a check-in outside the window, saying when it opens in the session's own time. */
  ensureOpen(meeting: MeetingEntity, timeZone: string, now: Date): void {
    const { opensAt, closesAt } = this.checkInWindow(meeting);
    if (now < opensAt)
      throw new ConflictException(
        problem(
          'checkIn.notOpenYet',
          `Check-in for this meeting opens on ${formatDateTime(opensAt, timeZone, 'en')}`,
          { opensAt: opensAt.toISOString(), timeZone },
        ),
      );
    if (now > closesAt)
      throw new ConflictException(problem('checkIn.closed', 'Check-in for this meeting has closed'));
  }
}
