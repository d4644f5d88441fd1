import { Gender, Language } from './languages';
import { Permission } from './permissions';
import { Role } from './roles';

export interface SignInRequest {
  email: string;
  password: string;
}

export interface RegisterRequest {
  fullName: string;
  email: string;
  password: string;
  organisationId: string;
  language: Language;
  gender?: Gender;
}

/** The signed-in person as the portal needs them. */
export interface CurrentPerson {
  id: string;
  fullName: string;
  email: string;
  roles: Role[];
  permissions: Permission[];
  language: Language;
  gender: Gender;
  organisation: { id: string; name: string } | null;
}

/** Who the session cookie belongs to, if anyone: the portal asks this before its first page. */
export interface SessionState {
  person: CurrentPerson | null;
}

/**
 * The one answer to every well-formed registration, whether or not the address has an account
 * (its owner is mailed instead), so it tells nobody who is registered.
 */
export interface RegistrationAccepted {
  message: string;
  /** A link is mailed to confirm the address before the account opens (when mail can be sent). */
  confirmationRequired: boolean;
}

export interface ConfirmRegistrationRequest {
  token: string;
}

export interface AuthSettings {
  registrationOpen: boolean;
}

export const PASSWORD_MIN_LENGTH = 10;
