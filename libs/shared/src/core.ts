// The few values the portal's first page needs (languages, roles and what they permit) apart
// from the whole library: a bundler that meets `@atolye/shared` on the way to a page
// counts every file the barrel names (provinces, time zones, vocabularies) into its download.
export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/languages';
export * from './lib/navigation';
