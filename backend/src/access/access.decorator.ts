import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@atolye/shared';

/** Who may call an endpoint. Every endpoint declares one; an endpoint without it is refused to all. */
export type AccessRule =
  | { kind: 'probe' }
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'permission'; permissions: Permission[] };

export const ACCESS_RULE = 'atolye:access-rule';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/**
 * Anyone, and the session cookie is not even read: a health probe must tell whether the service
 * works, not fail on (or wait for) the session lookup of whoever sends it.
 */
export const PublicProbe = () => SetMetadata(ACCESS_RULE, { kind: 'probe' } satisfies AccessRule);

/** Any signed-in person, whatever their roles; ownership is checked in the service. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/**
 * Signed-in people whose roles grant at least one of the permissions (see ROLE_PERMISSIONS in
 * @atolye/shared). Which records each may see is then decided by the service.
 */
export const RequirePermission = (...permissions: [Permission, ...Permission[]]) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', permissions } satisfies AccessRule);
