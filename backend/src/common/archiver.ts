import type archiver from 'archiver';

/** archiver, loaded on the first zip a process writes (it is not needed to answer anything else). */
export function loadArchiver(): typeof archiver {
  return require('archiver') as typeof archiver;
}
