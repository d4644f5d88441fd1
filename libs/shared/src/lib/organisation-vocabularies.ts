/**
 * The controlled vocabularies of an organisation's profile, as code lists. Their English and
 * Turkish labels are in the portal's translation files (`legalForms.<code>`, `thematicAreas.<code>`,
 * `targetGroups.<code>`), and `tools/check-i18n.mjs` reads these lists to fail on a missing one.
 */
export const LEGAL_FORMS = [
  'association',
  'foundation',
  'cooperative',
  'federation',
  'platform',
  'professional_body',
  'public_institution',
  'local_government',
  'university',
  'international_organisation',
  'company',
  'other',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const THEMATIC_AREAS = [
  'international_protection',
  'legal_aid',
  'protection',
  'child_protection',
  'gender_based_violence',
  'psychosocial_support',
  'health',
  'education',
  'livelihoods',
  'social_cohesion',
  'local_integration',
  'reception',
  'humanitarian_aid',
  'advocacy',
  'research',
  'capacity_building',
  'volunteering',
  'women_empowerment',
  'disability_inclusion',
  'other',
] as const;
export type ThematicArea = (typeof THEMATIC_AREAS)[number];

export const TARGET_GROUPS = [
  'international_protection_applicants',
  'temporary_protection',
  'irregular_migrants',
  'migrant_workers',
  'host_community',
  'women_girls',
  'children',
  'unaccompanied_children',
  'youth',
  'older_people',
  'persons_with_disabilities',
  'lgbtiq',
  'gbv_survivors',
  'trafficking_survivors',
  'public_officials',
  'cso_staff',
  'other',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Limits of a profile, shared by the form and the API's validation. */
export const PROFILE_LIMITS = {
  networks: 20,
  networkLength: 120,
  countries: 30,
  yearFoundedMin: 1850,
  peopleMax: 100_000,
} as const;
