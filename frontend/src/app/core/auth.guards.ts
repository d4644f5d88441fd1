import { inject } from '@angular/core';
import { CanMatchFn, Router, UrlTree } from '@angular/router';
import type { Permission } from '@atolye/shared/core';
import { AuthService } from './auth.service';

/** The address being navigated to, to come back to after signing in. */
function attemptedUrl(router: Router): string {
  const navigation = router.currentNavigation();
  return navigation ? router.serializeUrl(navigation.extractedUrl) : router.url;
}

function signInFirst(router: Router): UrlTree {
  return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: attemptedUrl(router) } });
}

/** Only signed-in people; others go to the sign-in page and come back afterwards. */
export const signedInGuard: CanMatchFn = () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return auth.signedIn() || signInFirst(router);
};

/** Only signed-in people holding one of the permissions; the area's code is not even loaded otherwise. */
export function permissionGuard(...permissions: Permission[]): CanMatchFn {
  return () => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (!auth.signedIn()) return signInFirst(router);
    return permissions.some((p) => auth.can(p)) || router.createUrlTree(['/home']);
  };
}

/**
 * Sign-in and registration are for visitors: a signed-in person asking for one of these pages
 * goes home, and any other address falls through to the routes after this one (or "not found").
 */
export function signedOutGuard(...pages: string[]): CanMatchFn {
  return (_route, segments) => {
    if (!inject(AuthService).signedIn()) return true;
    return pages.includes(segments[0]?.path ?? '') ? inject(Router).createUrlTree(['/home']) : false;
  };
}
