import { ORGANISATION_TYPES, type OrganisationType, type ReportFilters } from '@atolye/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The address's query values as they arrive: any of them may be missing or mistyped by hand. */
export interface ReportFilterQuery {
  trainingId?: string;
  sessionId?: string;
  from?: string;
  to?: string;
  organisationType?: string;
  province?: string;
}

/** Filters from the address, keeping only well-formed values so a mistyped link shows the whole programme rather than an error. */
export function filtersFromQuery(query: ReportFilterQuery): ReportFilters {
  const filters: ReportFilters = {};
  if (query.trainingId && UUID.test(query.trainingId)) filters.trainingId = query.trainingId;
  if (filters.trainingId && query.sessionId && UUID.test(query.sessionId))
    filters.sessionId = query.sessionId;
  if (query.from && DAY.test(query.from)) filters.from = query.from;
  if (query.to && DAY.test(query.to)) filters.to = query.to;
  if ((ORGANISATION_TYPES as readonly string[]).includes(query.organisationType ?? ''))
    filters.organisationType = query.organisationType as OrganisationType;
  if (query.province?.trim()) filters.province = query.province.trim();
  return filters;
}

/** Query parameters for the filters: every key, with null for "none", so a cleared filter leaves the address. */
export function queryFromFilters(filters: ReportFilters): Record<keyof ReportFilterQuery, string | null> {
  return {
    trainingId: filters.trainingId ?? null,
    sessionId: filters.sessionId ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    organisationType: filters.organisationType ?? null,
    province: filters.province ?? null,
  };
}
