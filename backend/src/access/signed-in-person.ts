import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Gender, Language, Role } from '@atolye/shared';

/** The caller, as loaded by the access guard from their session on this very request. */
export interface SignedInPerson {
  id: string;
  /** The sign-in this request came with (a row of auth_sessions), not a training session. */
  signInId: string;
  email: string;
  fullName: string;
  roles: Role[];
  language: Language;
  gender: Gender;
  organisationId: string | null;
  organisationName: string | null;
}

export interface RequestWithPerson extends Request {
  person?: SignedInPerson;
}

/** Injects the signed-in caller into a controller method. */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInPerson => {
  const person = context.switchToHttp().getRequest<RequestWithPerson>().person;
  if (!person) throw new Error('Caller used on an endpoint that does not require sign-in');
  return person;
});
