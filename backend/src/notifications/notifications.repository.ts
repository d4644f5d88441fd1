import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NoticeKind, NoticeParams } from '@atolye/shared';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  personId: string;
  kind: NoticeKind;
  params: NoticeParams;
  link: string;
}

/** The notifications table: stored in the caller's transaction, read and marked read by their person. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One statement however many (a run of reminders stores thousands). */
  async insert(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    await manager.query(
      `INSERT INTO notifications (person_id, kind, params, link)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[])`,
      [
        notifications.map((n) => n.personId),
        notifications.map((n) => n.kind),
        notifications.map((n) => JSON.stringify(n.params)),
        notifications.map((n) => n.link),
      ],
    );
  }

  /** The person's newest notifications, up to `limit`. */
  newest(personId: string, limit: number): Promise<NotificationEntity[]> {
    return this.db.getRepository(NotificationEntity).find({
      where: { personId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }

  async countUnread(personId: string): Promise<number> {
    const [{ unread }]: { unread: number }[] = await this.db.query(
      'SELECT count(*)::int AS unread FROM notifications WHERE person_id = $1 AND read_at IS NULL',
      [personId],
    );
    return unread;
  }

  /** Whether the person has a notification with this id (now read). */
  async markRead(personId: string, id: string): Promise<boolean> {
    const [, count] = await this.db.query(
      'UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND person_id = $2',
      [id, personId],
    );
    return count > 0;
  }

  async markAllRead(personId: string): Promise<void> {
    await this.db.query('UPDATE notifications SET read_at = now() WHERE person_id = $1 AND read_at IS NULL', [
      personId,
    ]);
  }
}
