import { EnrolmentEntity } from './enrolment.entity';
import { ImportJobRowEntity } from './import-job-row.entity';
import { ImportJobEntity } from './import-job.entity';

/** The tables enrolments owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const ENROLMENTS_ENTITIES = [EnrolmentEntity, ImportJobEntity, ImportJobRowEntity];
