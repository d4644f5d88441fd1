import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionDetail } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { SaveSessionDto } from '../sessions/sessions.dto';
import { SessionsService } from '../sessions/sessions.service';
import { EnrolmentsService } from './enrolments.service';

/**
 * The session changes that reach the people enrolled in it, each in one transaction with the
 * session's own change: a larger capacity gives its free seats to the waiting list, and a move to
 * the training's latest revision takes every enrolment along. They run here, above sessions, so
 * that the sessions feature never writes enrolments.
 */
@Injectable()
export class SessionChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async update(actor: SignedInPerson, id: string, request: SaveSessionDto): Promise<SessionDetail> {
    await this.sessions.checkChange(request);
    await this.db.transaction(async (manager) => {
      const freeSeats = await this.sessions.saveChange(manager, id, request);
      await this.enrolments.promoteFromWaitlist(manager, actor, id, freeSeats);
    });
    return this.sessions.detail(id);
  }

  async moveToLatestRevision(actor: SignedInPerson, id: string): Promise<SessionDetail> {
    await this.db.transaction(async (manager) => {
      const revisionId = await this.sessions.moveToLatestRevision(manager, actor, id);
      if (revisionId) await this.enrolments.moveToRevision(manager, id, revisionId);
    });
    return this.sessions.detail(id);
  }
}
