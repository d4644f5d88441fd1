import { MeetingEntity } from './meeting.entity';
import { SessionEntity } from './session.entity';

/** The tables sessions owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const SESSIONS_ENTITIES = [SessionEntity, MeetingEntity];
