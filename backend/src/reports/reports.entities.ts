import { IndicatorEntity } from './indicator.entity';
import { ParticipationFactsEntity } from './participation-facts.entity';

/** The tables reports owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const REPORTS_ENTITIES = [IndicatorEntity, ParticipationFactsEntity];
