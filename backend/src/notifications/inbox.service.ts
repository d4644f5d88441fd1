import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NoticeKind, NoticeParams, NotificationList } from '@atolye/shared';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  personId: string;
  kind: NoticeKind;
  params: NoticeParams;
  link: string;
}

/** How many notifications the bell's list shows, newest first. */
export const NOTIFICATIONS_SHOWN = 50;

/** Each person's notifications: stored with the change that causes them, read under the bell. */
@Injectable()
export class Inbox {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async add(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    if (!notifications.length) return;
    // One statement however many (a run of reminders stores thousands).
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

  async list(personId: string): Promise<NotificationList> {
    const [rows, [{ unread }]] = await Promise.all([
      this.db.getRepository(NotificationEntity).find({
        where: { personId },
        order: { createdAt: 'DESC', id: 'DESC' },
        take: NOTIFICATIONS_SHOWN,
      }),
      this.db.query(
        'SELECT count(*)::int AS unread FROM notifications WHERE person_id = $1 AND read_at IS NULL',
        [personId],
      ),
    ]);
    return {
      unread,
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        params: row.params,
        link: row.link,
        createdAt: row.createdAt.toISOString(),
        read: row.readAt !== null,
      })),
    };
  }

  /** Someone else's notification is not found, as one that does not exist. */
  async markRead(personId: string, id: string): Promise<void> {
    const [, count] = await this.db.query(
      'UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND person_id = $2',
      [id, personId],
    );
    if (count === 0) throw new NotFoundException('No notification of yours with this id');
  }

  async markAllRead(personId: string): Promise<void> {
    await this.db.query('UPDATE notifications SET read_at = now() WHERE person_id = $1 AND read_at IS NULL', [
      personId,
    ]);
  }
}
