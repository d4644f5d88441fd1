import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_API, AuthService } from './auth.service';

/**
 * A 401 from any call other than the session endpoints means the session expired or was ended
 * elsewhere (e.g. the account was disabled): forget the person and ask them to sign in again,
 * coming back to where they were.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  // The router is looked up only when needed: resolving it here would make a cycle while the
  // router itself is being created (its title strategy needs translations, loaded over HTTP).
  const injector = inject(Injector);
  return next(request).pipe(
    catchError((error: unknown) => {
      const isAuthCall = request.url.startsWith(AUTH_API);
      if (error instanceof HttpErrorResponse && error.status === 401 && !isAuthCall && auth.signedIn()) {
        auth.clear();
        const router = injector.get(Router);
        const returnUrl = router.url;
        void router.navigate(['/sign-in'], {
          queryParams: returnUrl.startsWith('/sign-in') ? {} : { returnUrl },
        });
      }
      return throwError(() => error);
    }),
  );
};
