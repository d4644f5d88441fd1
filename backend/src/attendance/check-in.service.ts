import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import type { AttendanceStatus, CheckInCode, CheckInResult } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MeetingEntity } from '../sessions/meeting.entity';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { CheckInDto } from './attendance.dto';
import { CHECK_IN_PERIOD_SECONDS, checkInCode, isValidCheckInCode, windowOf } from './check-in-codes';
import { problem, tooManyRequests } from '../common/api-problem';
import { claimAttempt } from '../access/attempt-limits';
import { AuditService } from '../audit/audit.service';

/**
 * Wrong codes allowed per window: per person, and per meeting for all its trainees together (a
 * room mistyping), so that neither one account nor several can guess the six digits.
 */
export const CHECK_IN_ATTEMPTS = { perPerson: 10, perMeeting: 100, windowMinutes: 5 };

const EXPIRED =
  'This code is not valid any more: codes change every 30 seconds. Type the code the trainer shows now.';

@Injectable()
export class CheckInService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceService,
    private readonly records: AttendanceRepository,
    private readonly audit: AuditService,
  ) {}

  /** The code to show now, as digits and as a QR code of the check-in link. */
  async currentCode(caller: SignedInPerson, meetingId: string, now = new Date()): Promise<CheckInCode> {
    const { meeting, session } = await this.attendance.meetingFor(caller, meetingId);
    const window = windowOf(now);
    const code = checkInCode(meeting.checkInSecret, window);
    const url = `${this.config.publicUrl}/check-in/${meeting.id}?code=${code}`;
    const { opensAt, closesAt } = this.attendance.checkInWindow(meeting);
    return {
      meetingId: meeting.id,
      code,
      url,
      qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }),
      periodSeconds: CHECK_IN_PERIOD_SECONDS,
      refreshAt: new Date((window + 1) * CHECK_IN_PERIOD_SECONDS * 1000).toISOString(),
      open: opensAt <= now && now <= closesAt,
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      timeZone: session.timeZone,
    };
  }

  /**
   * Marks the signed-in trainee present. With a meeting id (the QR link) that meeting is checked;
   * a typed code alone is matched against the meetings open for the trainee now.
   */
  async checkIn(caller: SignedInPerson, request: CheckInDto, now = new Date()): Promise<CheckInResult> {
    const candidates: { meeting: MeetingEntity; enrolmentId: string; sessionTitle: string }[] = [];
    if (request.meetingId) {
      const meeting = await this.records.meeting(request.meetingId);
      if (!meeting) throw new NotFoundException('No meeting with this id');
      const enrolmentId = await this.records.seatOf(caller.id, meeting.sessionId);
      if (!enrolmentId)
        throw new ForbiddenException(
          problem(
            'checkIn.notEnrolled',
            'You are not enrolled in this session, so you cannot check in to it',
          ),
        );
      const session = await this.records.sessionTitleAndZone(meeting.sessionId);
      this.attendance.ensureOpen(meeting, session.time_zone, now);
      candidates.push({ meeting, enrolmentId, sessionTitle: session.title });
    } else {
      candidates.push(...(await this.openMeetingsOf(caller.id, now)));
      if (candidates.length === 0)
        throw new ConflictException(
          problem('checkIn.noOpenMeeting', 'You have no meeting open for check-in right now'),
        );
    }
    const claim = await claimAttempt(
      this.db,
      [
        { key: `check-in:person:${caller.id}`, max: CHECK_IN_ATTEMPTS.perPerson },
        ...candidates.map((c) => ({
          key: `check-in:meeting:${c.meeting.id}`,
          max: CHECK_IN_ATTEMPTS.perMeeting,
        })),
      ],
      CHECK_IN_ATTEMPTS.windowMinutes * 60,
    );
    if (!claim.allowed)
      throw tooManyRequests(
        'checkIn.tooManyAttempts',
        `Too many wrong check-in codes. Wait ${Math.ceil(claim.retryAfterSeconds / 60)} minutes, or ask the trainer to mark you present.`,
        claim.retryAfterSeconds,
        { minutes: Math.ceil(claim.retryAfterSeconds / 60) },
      );
    const match = candidates.find((c) => isValidCheckInCode(c.meeting.checkInSecret, request.code, now));
    // Only wrong codes count against the limits.
    if (match) await claim.release();
    if (!match)
      throw new BadRequestException(
        problem('checkIn.codeNotCurrent', EXPIRED, undefined, [
          { field: 'code', reason: 'not the current code of your meeting' },
        ]),
      );
    // The record and its audit entry together: a self check-in is an attendance change like any other.
    const recorded = await this.db.transaction(async (manager) => {
      const added = await this.records.checkIn(match.meeting.id, match.enrolmentId, caller.id, manager);
      if (added)
        await this.audit.record(
          {
            actor: { id: caller.id, fullName: caller.fullName },
            action: 'attendance.edited',
            subjectType: 'meeting',
            subjectId: match.meeting.id,
            subjectLabel: `${caller.fullName} — ${match.sessionTitle}, ${match.meeting.topic}`,
            before: null,
            after: { status: 'present', note: null, method: 'self_check_in' },
          },
          manager,
        );
      return added;
    });
    const status = (await this.records.statusOf(match.meeting.id, match.enrolmentId)) as AttendanceStatus;
    return {
      meetingId: match.meeting.id,
      sessionTitle: match.sessionTitle,
      topic: match.meeting.topic,
      status,
      alreadyRecorded: !recorded,
    };
  }

  private async openMeetingsOf(personId: string, now: Date) {
    const rows = await this.records.meetingsOpenFor(personId, now, this.config.checkInGraceMinutes);
    const meetings = await this.records.meetings(rows.map((r) => r.id));
    return rows.map((r) => ({
      meeting: meetings.find((m) => m.id === r.id) as MeetingEntity,
      enrolmentId: r.enrolment_id,
      sessionTitle: r.title,
    }));
  }
}
