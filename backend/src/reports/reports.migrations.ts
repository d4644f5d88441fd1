import { Indicators1764600000000 } from './migrations/1764600000000-indicators';
import { ParticipationFacts1764700000000 } from './migrations/1764700000000-participation-facts';
import { KnowledgeGains1765400000000 } from './migrations/1765400000000-knowledge-gains';

/** The migrations of the tables reports owns, oldest first; collected for the data source in src/migrations.ts. */
export const REPORTS_MIGRATIONS = [
  Indicators1764600000000,
  ParticipationFacts1764700000000,
  KnowledgeGains1765400000000,
];
