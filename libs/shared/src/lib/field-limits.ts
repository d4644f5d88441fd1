/**
 * How short and how long a person may make the text fields both sides check: the API refuses
 * what falls outside, and the portal's forms say so before anything is sent.
 */
export const FIELD_LIMITS = {
  fullNameMin: 2,
  fullNameMax: 120,
  /** The longest address mail systems deliver to (RFC 5321). */
  emailMax: 254,
  passwordMax: 200,
  organisationNameMin: 2,
  organisationNameMax: 200,
  provinceMin: 2,
  provinceMax: 100,
  websiteMax: 300,
} as const;
