import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AttendanceSheet, CheckInCode, CheckInResult } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { sendDownload } from '../common/send-download';
import { localDate } from '../common/zoned-time';
import { UuidParam } from '../common/uuid-param.pipe';
import { AddWalkInDto, CheckInDto, MarkMeetingDto, MergeWalkInDto } from './attendance.dto';
import { AttendanceExportService } from './attendance-export.service';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import { WalkInMergeService } from './walk-in-merge.service';

@ApiTags('attendance')
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly checkIns: CheckInService,
    private readonly walkIns: WalkInMergeService,
    private readonly exports: AttendanceExportService,
  ) {}

  /** Participants × meetings with each mark and the attendance percentage over all planned meetings. */
  @Get('sessions/:id/attendance')
  @RequirePermission('sessions.manage', 'sessions.teach')
  sheet(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<AttendanceSheet> {
    return this.attendance.sheet(caller, id);
  }

  /** Marks a whole meeting in one request (e.g. everyone present, then the exceptions). */
  @Put('meetings/:id/attendance')
  @RequirePermission('sessions.manage', 'sessions.teach')
  mark(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: MarkMeetingDto,
  ): Promise<AttendanceSheet> {
    return this.attendance.markMeeting(caller, id, body);
  }

  /** Adds a participant without an account to a meeting, marked present. */
  @Post('sessions/:id/walk-ins')
  @RequirePermission('sessions.manage', 'sessions.teach')
  addWalkIn(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: AddWalkInDto,
  ): Promise<AttendanceSheet> {
    return this.attendance.addWalkIn(caller, id, body);
  }

  /** Merges a walk-in into an account's enrolment, keeping their attendance. */
  @Post('walk-ins/:id/merge')
  @HttpCode(200)
  @RequirePermission('sessions.manage')
  merge(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Body() body: MergeWalkInDto,
  ): Promise<AttendanceSheet> {
    return this.walkIns.merge(caller, id, body);
  }

  /** The rotating check-in code of a meeting, with its QR code, for the trainer to show. */
  @Get('meetings/:id/check-in-code')
  @RequirePermission('sessions.manage', 'sessions.teach')
  code(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<CheckInCode> {
    return this.checkIns.currentCode(caller, id);
  }

  /** A trainee checks in with the code shown in the room. */
  @Post('check-in')
  @HttpCode(200)
  @RequirePermission('learning.enrol')
  checkIn(@Caller() caller: SignedInPerson, @Body() body: CheckInDto): Promise<CheckInResult> {
    return this.checkIns.checkIn(caller, body);
  }

  @Get('sessions/:id/attendance.csv')
  @RequirePermission('sessions.manage', 'sessions.teach')
  async csv(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const sheet = await this.attendance.sheet(caller, id);
    sendDownload(response, `attendance-${id.slice(0, 8)}.csv`, this.exports.csv(sheet, caller.language));
  }

  @Get('sessions/:id/attendance.xlsx')
  @RequirePermission('sessions.manage', 'sessions.teach')
  async xlsx(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const sheet = await this.attendance.sheet(caller, id);
    sendDownload(
      response,
      `attendance-${id.slice(0, 8)}.xlsx`,
      await this.exports.xlsx(sheet, caller.language),
    );
  }

  /** A printable sign-in sheet of one meeting, for in-person sessions. */
  @Get('meetings/:id/sign-in-sheet.pdf')
  @RequirePermission('sessions.manage', 'sessions.teach')
  async signInSheet(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { meeting, session } = await this.attendance.meetingFor(caller, id);
    const sheet = await this.attendance.sheetOf(session.id);
    sendDownload(
      response,
      `sign-in-sheet-${localDate(meeting.startsAt, session.timeZone)}.pdf`,
      await this.exports.signInSheet(session, meeting, sheet),
    );
  }
}
