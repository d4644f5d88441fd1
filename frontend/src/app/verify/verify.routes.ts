import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';

/** Public: anyone, signed in or not, checks a certificate by its code (from the QR) or its PDF. */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS],
    children: [
      {
        path: '',
        title: 'verify.title',
        loadComponent: () => import('./verify-page').then((m) => m.VerifyPage),
      },
      {
        path: ':code',
        title: 'verify.title',
        loadComponent: () => import('./verify-page').then((m) => m.VerifyPage),
      },
    ],
  },
] satisfies Routes;
