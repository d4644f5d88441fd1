import {
  ProgrammeEventEntity,
  ProgrammeEventParticipantEntity,
  ProgrammeEventReportEntity,
} from './programme-event.entity';

/** The tables programme-events owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const PROGRAMME_EVENTS_ENTITIES = [
  ProgrammeEventEntity,
  ProgrammeEventParticipantEntity,
  ProgrammeEventReportEntity,
];
