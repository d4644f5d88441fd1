import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@atolye/shared';

/** Who may call an endpoint. Every endpoint declares one; an endpoint without it is refused to all. */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; permission: Permission };

export const ACCESS_RULE = 'atolye:access-rule';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in person, whatever their roles; ownership is checked in the service. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** Signed-in people whose roles grant the permission (see ROLE_PERMISSIONS in @atolye/shared). */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', permission } satisfies AccessRule);
