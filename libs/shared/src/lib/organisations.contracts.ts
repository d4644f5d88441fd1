import type { Page } from './pagination';
import type { ProvinceCode } from './provinces';
import type { LegalForm, TargetGroup, ThematicArea } from './organisation-vocabularies';

export const ORGANISATION_TYPES = [
  'cso',
  'public_authority',
  'municipality',
  'professional_body',
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
  /** Where its office is: a Turkish province, or a region abroad. */
  province: string;
  thematicAreas: ThematicArea[];
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
  thematicAreas: ThematicArea[];
  website?: string | null;
}

/** Paid staff or volunteers, by gender; null where the organisation has not said. */
export interface PeopleByGender {
  women: number | null;
  men: number | null;
  /** Other genders and people who did not say. */
  other: number | null;
}

export interface OrganisationContact {
  name: string | null;
  role: string | null;
  email: string | null;
  phone: string | null;
}

/** The fields of a profile anyone allowed to see the map may read. */
export interface MappedOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  legalForm: LegalForm | null;
  yearFounded: number | null;
  country: string;
  province: string;
  workProvinces: ProvinceCode[];
  workCountries: string[];
  thematicAreas: ThematicArea[];
  targetGroups: TargetGroup[];
  networks: string[];
  website: string | null;
}

/**
 * The whole profile, private fields included (staff and volunteer numbers, contact person): for
 * the organisation's own focal people, coordinators and administrators.
 */
export interface OrganisationProfile extends MappedOrganisation {
  thematicAreasOther: string | null;
  staff: PeopleByGender;
  volunteers: PeopleByGender;
  contact: OrganisationContact;
  /** The people who keep this profile up to date. */
  focalPeople: { id: string; fullName: string }[];
  profileUpdatedAt: string | null;
}

export interface SaveOrganisationProfileRequest {
  type: OrganisationType;
  legalForm: LegalForm | null;
  yearFounded: number | null;
  staff: PeopleByGender;
  volunteers: PeopleByGender;
  workProvinces: ProvinceCode[];
  /** ISO 3166-1 alpha-2 codes of the countries it works in. */
  workCountries: string[];
  thematicAreas: ThematicArea[];
  /** Said in words when "other" is among the thematic areas. */
  thematicAreasOther: string | null;
  targetGroups: TargetGroup[];
  networks: string[];
  website: string | null;
  contact: OrganisationContact;
}

export interface OrganisationMapQuery {
  q?: string;
  type?: OrganisationType;
  province?: ProvinceCode;
  area?: ThematicArea;
  network?: string;
}

/** The filtered organisations, a page of them, and counts over all that match the filters. */
export interface OrganisationMap extends Page<MappedOrganisation> {
  /** Organisations working in each province (a province of work; one may count in several). */
  byProvince: { province: ProvinceCode; organisations: number }[];
  byType: { type: OrganisationType; organisations: number }[];
  /** Organisations per thematic area (one may count in several). */
  byThematicArea: { area: ThematicArea; organisations: number }[];
  /** Every network any organisation names, for the filter. */
  networks: string[];
}
