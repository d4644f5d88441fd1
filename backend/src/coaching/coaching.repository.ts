import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ActionItem, CoachingPerson, DraftComment, Gender, Role } from '@atolye/shared';
import { CoachingActionItemEntity, CoachingMeetingEntity } from './coaching-meeting.entity';
import { CoachingDraftItemEntity } from './coaching-draft.entity';
import { CoachingTrackEntity } from './coaching-track.entity';

export type MeetingFields = Pick<CoachingMeetingEntity, 'heldOn' | 'durationMinutes' | 'mode' | 'notes'>;

/** An action item to save: with the id of one already on the meeting, or new. */
export interface ActionItemFields {
  id?: string;
  text: string;
  ownerId: string;
  dueOn: string;
  done: boolean;
}

export type DraftItemFields = Pick<CoachingDraftItemEntity, 'parentId' | 'level' | 'text' | 'indicators'>;

export interface EnabledPerson {
  id: string;
  roles: Role[];
  organisationId: string | null;
}

/** Reads and writes of coaching tracks beyond the entities themselves. */
@Injectable()
export class CoachingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findTrack(id: string): Promise<CoachingTrackEntity | null> {
    return this.db.getRepository(CoachingTrackEntity).findOneBy({ id });
  }

  /** Every track, or those where the person is mentor or team member; newest start first. */
  tracks(personId: string | null): Promise<CoachingTrackEntity[]> {
    return this.db
      .getRepository(CoachingTrackEntity)
      .createQueryBuilder('t')
      .where(
        personId
          ? 't.mentor_id = :personId OR EXISTS (SELECT 1 FROM coaching_track_members m WHERE m.track_id = t.id AND m.person_id = :personId)'
          : 'true',
        { personId },
      )
      .orderBy('t.starts_on', 'DESC')
      .addOrderBy('t.id')
      .limit(500)
      .getMany();
  }

  async people(ids: string[]): Promise<Map<string, CoachingPerson>> {
    if (!ids.length) return new Map();
    const rows: { id: string; full_name: string; gender: Gender; name: string | null }[] =
      await this.db.query(
        `SELECT p.id, p.full_name, p.gender, o.name FROM people p
         LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ANY($1)`,
        [ids],
      );
    return new Map(
      rows.map((r) => [
        r.id,
        { id: r.id, fullName: r.full_name, gender: r.gender, organisationName: r.name },
      ]),
    );
  }

  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(
      'SELECT id, name FROM organisations WHERE id = ANY($1)',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Team member ids per track, members ordered by name. */
  async members(trackIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(trackIds.map((id) => [id, []]));
    if (!trackIds.length) return result;
    const rows: { track_id: string; person_id: string }[] = await this.db.query(
      `SELECT m.track_id, m.person_id FROM coaching_track_members m JOIN people p ON p.id = m.person_id
        WHERE m.track_id = ANY($1) ORDER BY p.full_name, p.id`,
      [trackIds],
    );
    for (const row of rows) result.get(row.track_id)?.push(row.person_id);
    return result;
  }

  /** Meetings held and open action items per track. */
  async counts(trackIds: string[]): Promise<Map<string, { meetings: number; open: number }>> {
    if (!trackIds.length) return new Map();
    const rows: { id: string; meetings: number; open: number }[] = await this.db.query(
      `SELECT t.id,
              (SELECT count(*) FROM coaching_meetings m WHERE m.track_id = t.id)::int AS meetings,
              (SELECT count(*) FROM coaching_action_items a JOIN coaching_meetings m ON m.id = a.meeting_id
                WHERE m.track_id = t.id AND NOT a.done)::int AS open
         FROM coaching_tracks t WHERE t.id = ANY($1)`,
      [trackIds],
    );
    return new Map(rows.map((r) => [r.id, { meetings: r.meetings, open: r.open }]));
  }

  async enabledPeople(ids: string[]): Promise<Map<string, EnabledPerson>> {
    if (!ids.length) return new Map();
    const rows: { id: string; roles: Role[]; organisation_id: string | null }[] = await this.db.query(
      'SELECT id, roles, organisation_id FROM people WHERE id = ANY($1) AND NOT disabled',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, roles: r.roles, organisationId: r.organisation_id }]));
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM organisations WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async replaceMembers(trackId: string, personIds: string[], manager: EntityManager): Promise<void> {
    await manager.query(
      'DELETE FROM coaching_track_members WHERE track_id = $1 AND NOT (person_id = ANY($2))',
      [trackId, personIds],
    );
    await manager.query(
      `INSERT INTO coaching_track_members (track_id, person_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [trackId, personIds],
    );
  }

  isMember(trackId: string, personId: string): Promise<boolean> {
    return this.db
      .query('SELECT 1 FROM coaching_track_members WHERE track_id = $1 AND person_id = $2', [
        trackId,
        personId,
      ])
      .then((rows: unknown[]) => rows.length > 0);
  }

  meetings(trackId: string): Promise<CoachingMeetingEntity[]> {
    return this.db
      .getRepository(CoachingMeetingEntity)
      .find({ where: { trackId }, order: { heldOn: 'DESC', id: 'ASC' } });
  }

  findMeeting(trackId: string, id: string): Promise<CoachingMeetingEntity | null> {
    return this.db.getRepository(CoachingMeetingEntity).findOneBy({ trackId, id });
  }

  async actionItems(meetingIds: string[]): Promise<Map<string, ActionItem[]>> {
    const result = new Map<string, ActionItem[]>(meetingIds.map((id) => [id, []]));
    if (!meetingIds.length) return result;
    const rows: {
      id: string;
      meeting_id: string;
      text: string;
      owner_id: string;
      full_name: string;
      due_on: string;
      done: boolean;
    }[] = await this.db.query(
      `SELECT a.id, a.meeting_id, a.text, a.owner_id, p.full_name, a.due_on::text AS due_on, a.done
         FROM coaching_action_items a JOIN people p ON p.id = a.owner_id
        WHERE a.meeting_id = ANY($1) ORDER BY a.due_on, a.id`,
      [meetingIds],
    );
    for (const r of rows) {
      result.get(r.meeting_id)?.push({
        id: r.id,
        text: r.text,
        ownerId: r.owner_id,
        ownerName: r.full_name,
        dueOn: r.due_on,
        done: r.done,
      });
    }
    return result;
  }

  /** A new meeting with its action items, in one transaction. */
  async addMeeting(trackId: string, meeting: MeetingFields, items: ActionItemFields[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      const repository = manager.getRepository(CoachingMeetingEntity);
      const saved = await repository.save(repository.create({ trackId, ...meeting }));
      await this.saveActionItems(manager, saved.id, items);
    });
  }

  /** The meeting changed and its action items replaced (those not given are removed), in one transaction. */
  async updateMeeting(meetingId: string, meeting: MeetingFields, items: ActionItemFields[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.getRepository(CoachingMeetingEntity).update(meetingId, meeting);
      const kept = items.flatMap((a) => (a.id ? [a.id] : []));
      await manager.query('DELETE FROM coaching_action_items WHERE meeting_id = $1 AND NOT (id = ANY($2))', [
        meetingId,
        kept,
      ]);
      await this.saveActionItems(manager, meetingId, items);
    });
  }

  private async saveActionItems(
    manager: EntityManager,
    meetingId: string,
    items: ActionItemFields[],
  ): Promise<void> {
    const repository = manager.getRepository(CoachingActionItemEntity);
    for (const item of items) {
      await repository.save({
        ...(item.id ? { id: item.id } : {}),
        meetingId,
        text: item.text,
        ownerId: item.ownerId,
        dueOn: item.dueOn,
        done: item.done,
      });
    }
  }

  /** An action item with the track it belongs to, or null. */
  async findActionItem(trackId: string, id: string): Promise<{ id: string; ownerId: string } | null> {
    const [row]: { id: string; owner_id: string }[] = await this.db.query(
      `SELECT a.id, a.owner_id FROM coaching_action_items a JOIN coaching_meetings m ON m.id = a.meeting_id
        WHERE a.id = $1 AND m.track_id = $2`,
      [id, trackId],
    );
    return row ? { id: row.id, ownerId: row.owner_id } : null;
  }

  async setActionItemDone(id: string, done: boolean): Promise<void> {
    await this.db.getRepository(CoachingActionItemEntity).update(id, { done });
  }

  /** The draft's items, oldest first (the service puts them in tree order). */
  draftItems(trackId: string): Promise<CoachingDraftItemEntity[]> {
    return this.db
      .getRepository(CoachingDraftItemEntity)
      .find({ where: { trackId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findDraftItem(trackId: string, id: string): Promise<CoachingDraftItemEntity | null> {
    return this.db.getRepository(CoachingDraftItemEntity).findOneBy({ trackId, id });
  }

  async addDraftItem(trackId: string, item: DraftItemFields): Promise<void> {
    const repository = this.db.getRepository(CoachingDraftItemEntity);
    await repository.save(repository.create({ trackId, ...item }));
  }

  async updateDraftItem(id: string, item: DraftItemFields): Promise<void> {
    await this.db.getRepository(CoachingDraftItemEntity).update(id, item);
  }

  async removeDraftItem(id: string): Promise<void> {
    await this.db.getRepository(CoachingDraftItemEntity).delete(id);
  }

  async comments(itemIds: string[]): Promise<Map<string, DraftComment[]>> {
    const result = new Map<string, DraftComment[]>(itemIds.map((id) => [id, []]));
    if (!itemIds.length) return result;
    const rows: {
      id: string;
      item_id: string;
      full_name: string;
      body: string;
      created_at: Date;
      resolved_at: Date | null;
    }[] = await this.db.query(
      `SELECT c.id, c.item_id, p.full_name, c.body, c.created_at, c.resolved_at
         FROM coaching_draft_comments c JOIN people p ON p.id = c.author_id
        WHERE c.item_id = ANY($1) ORDER BY c.created_at, c.id`,
      [itemIds],
    );
    for (const r of rows) {
      result.get(r.item_id)?.push({
        id: r.id,
        authorName: r.full_name,
        body: r.body,
        createdAt: new Date(r.created_at).toISOString(),
        resolved: r.resolved_at !== null,
      });
    }
    return result;
  }

  async addComment(itemId: string, authorId: string, body: string): Promise<void> {
    await this.db.query(
      'INSERT INTO coaching_draft_comments (item_id, author_id, body) VALUES ($1, $2, $3)',
      [itemId, authorId, body],
    );
  }

  /** Marks a comment of this track resolved (or open again); false when the track has no such comment. */
  async resolveComment(trackId: string, commentId: string, resolved: boolean): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `UPDATE coaching_draft_comments c SET resolved_at = CASE WHEN $3 THEN coalesce(c.resolved_at, now()) END
         FROM coaching_draft_items i
        WHERE c.id = $1 AND i.id = c.item_id AND i.track_id = $2 RETURNING c.id`,
      [commentId, trackId, resolved],
    );
    return (rows[0] as unknown[]).length > 0;
  }

  async setDraftStatus(trackId: string, status: CoachingTrackEntity['draftStatus']): Promise<void> {
    await this.db.getRepository(CoachingTrackEntity).update(trackId, { draftStatus: status });
  }
}
