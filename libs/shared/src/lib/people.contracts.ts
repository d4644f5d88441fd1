import { Gender, Language } from './languages';
import { Role } from './roles';

export interface PersonSummary {
  id: string;
  fullName: string;
  email: string;
  roles: Role[];
  disabled: boolean;
  language: Language;
  gender: Gender;
  organisation: { id: string; name: string } | null;
  createdAt: string;
}

/** One person as an administrator reads them, with what only a single read is worth working out. */
export interface PersonDetail extends PersonSummary {
  /** Until when sign-in is refused after too many failed attempts; null when it is not. */
  signInLockedUntil: string | null;
}

export interface CreatePersonRequest {
  fullName: string;
  email: string;
  password: string;
  roles: Role[];
  organisationId?: string;
  language?: Language;
  gender?: Gender;
}

export interface ChangeRolesRequest {
  roles: Role[];
}

export interface SetDisabledRequest {
  disabled: boolean;
}

export interface SetPasswordRequest {
  password: string;
}

export interface UpdateProfileRequest {
  fullName?: string;
  language?: Language;
  gender?: Gender;
  organisationId?: string;
}

export interface ChangeOwnPasswordRequest {
  currentPassword: string;
  newPassword: string;
}
