import { NoticeClaimEntity } from './notice-claim.entity';
import { NotificationEntity } from './notification.entity';

/** The tables notifications owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NoticeClaimEntity];
