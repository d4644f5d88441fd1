import { AttendanceEvaluations1764300000000 } from './migrations/1764300000000-attendance-evaluations';

/** The migrations of the tables attendance owns, oldest first; collected for the data source in src/migrations.ts. */
export const ATTENDANCE_MIGRATIONS = [AttendanceEvaluations1764300000000];
