import { XapiForwarding1766740000000 } from './migrations/1766740000000-xapi-forwarding';

/** The migrations of the tables xapi owns, oldest first; collected for the data source in src/migrations.ts. */
export const XAPI_MIGRATIONS = [XapiForwarding1766740000000];
