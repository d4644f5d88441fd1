import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';

/** Pages for visitors: signing in and creating an account. */
export default [
  {
    path: '',
    providers: AREA_PROVIDERS,
    children: [
      {
        path: 'sign-in',
        title: 'signIn.title',
        loadComponent: () => import('./sign-in-page').then((m) => m.SignInPage),
      },
      {
        path: 'register',
        title: 'register.title',
        loadComponent: () => import('./register-page').then((m) => m.RegisterPage),
      },
    ],
  },
] satisfies Routes;
