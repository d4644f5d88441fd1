import { ForbiddenException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { can, type CoachingRole, type FieldError } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import type { CoachingTrackEntity } from './coaching-track.entity';

/**
 * What the caller is on a track: its mentor, a team member, or a coordinator looking on. A person
 * who is none of these is told the track does not exist, so track ids reveal nothing.
 */
export function roleOn(
  caller: SignedInPerson,
  track: CoachingTrackEntity | null,
  isMember: boolean,
): CoachingRole {
  if (track && track.mentorId === caller.id) return 'mentor';
  if (track && isMember) return 'team';
  if (track && can(caller.roles, 'sessions.manage')) return 'coordinator';
  throw new NotFoundException('No coaching track of yours with this id');
}

/** Refuses a caller whose role on the track does not allow the step. */
export function requireRole(role: CoachingRole, allowed: CoachingRole[], what: string): void {
  if (!allowed.includes(role)) throw new ForbiddenException(`Only ${what}`);
}

/** One 422 naming every field that is wrong, or nothing. */
export function throwProblems(problems: FieldError[]): void {
  if (problems.length) {
    throw new UnprocessableEntityException({
      message: problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
      details: problems,
    });
  }
}
