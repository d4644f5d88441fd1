import { Foundation1764100000000 } from './1764100000000-foundation';

/** Every migration in order; listed rather than globbed so sources and dist behave alike. */
export const MIGRATIONS = [Foundation1764100000000];
