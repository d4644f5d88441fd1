import { AttendanceRecordEntity } from './attendance-record.entity';
import { WalkInEntity } from './walk-in.entity';

/** The tables attendance owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const ATTENDANCE_ENTITIES = [WalkInEntity, AttendanceRecordEntity];
