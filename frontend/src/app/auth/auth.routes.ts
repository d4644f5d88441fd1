import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';

/** Pages for visitors: signing in, creating an account (and confirming its address) and choosing a new password. */
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
      {
        path: 'confirm-email',
        title: 'confirmEmail.title',
        loadComponent: () => import('./confirm-email-page').then((m) => m.ConfirmEmailPage),
      },
      {
        path: 'forgot-password',
        title: 'forgotPassword.title',
        loadComponent: () => import('./forgot-password-page').then((m) => m.ForgotPasswordPage),
      },
      {
        path: 'reset-password',
        title: 'resetPassword.title',
        loadComponent: () => import('./reset-password-page').then((m) => m.ResetPasswordPage),
      },
    ],
  },
] satisfies Routes;
