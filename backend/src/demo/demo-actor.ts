import type { SignedInPerson } from '../access/signed-in-person';
import type { Role } from '@atolye/shared';

/** The demo coordinator as the services expect a signed-in caller, for seeding through them. */
export function demoActor(person: {
  id: string;
  email: string;
  full_name: string;
  roles: Role[];
}): SignedInPerson {
  return {
    id: person.id,
    signInId: 'demo-seed',
    email: person.email,
    fullName: person.full_name,
    roles: person.roles,
    language: 'tr',
    gender: 'female',
    organisationId: null,
    organisationName: null,
  };
}
