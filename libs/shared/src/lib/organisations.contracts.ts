export const ORGANISATION_TYPES = [
  'cso',
  'public_authority',
  'municipality',
  'international_organisation',
  'academia',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export interface Organisation {
  id: string;
  name: string;
  type: OrganisationType;
  country: string;
  province: string;
  thematicAreas: string[];
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What anyone registering may see to pick their organisation. */
export interface OrganisationOption {
  id: string;
  name: string;
  province: string;
  country: string;
}

export interface SaveOrganisationRequest {
  name: string;
  type: OrganisationType;
  /** ISO 3166-1 alpha-2, e.g. TR, GR, BE. */
  country: string;
  province: string;
  thematicAreas: string[];
  website?: string | null;
}
