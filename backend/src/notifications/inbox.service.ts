import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationList } from '@atolye/shared';
import { type NewNotification, NotificationsRepository } from './notifications.repository';

export type { NewNotification } from './notifications.repository';

/** How many notifications the bell's list shows, newest first. */
export const NOTIFICATIONS_SHOWN = 50;

/** Each person's notifications: stored with the change that causes them, read under the bell. */
@Injectable()
export class Inbox {
  constructor(private readonly notifications: NotificationsRepository) {}

  async add(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    if (!notifications.length) return;
    await this.notifications.insert(manager, notifications);
  }

  async list(personId: string): Promise<NotificationList> {
    const [rows, unread] = await Promise.all([
      this.notifications.newest(personId, NOTIFICATIONS_SHOWN),
      this.notifications.countUnread(personId),
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
    if (!(await this.notifications.markRead(personId, id)))
      throw new NotFoundException('No notification of yours with this id');
  }

  markAllRead(personId: string): Promise<void> {
    return this.notifications.markAllRead(personId);
  }
}
