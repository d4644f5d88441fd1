// The few values the portal's first page needs (languages, roles and what they permit), apart
// from the whole library: a bundler that finds `@atolye/shared` in the first page counts every
// file the barrel names (provinces, time zones, vocabularies) into the first download.
export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/languages';
