import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../../shared/area-providers';

/**
 * Checking in to a meeting: `/check-in` to type the code, `/check-in/:meetingId?code=` from the
 * room's QR code. The top-level route's guard sends signed-out visitors through sign-in and back.
 */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS],
    children: [
      {
        path: '',
        title: 'checkIn.title',
        loadComponent: () => import('./check-in-page').then((m) => m.CheckInPage),
      },
      {
        path: ':meetingId',
        title: 'checkIn.title',
        loadComponent: () => import('./check-in-page').then((m) => m.CheckInPage),
      },
    ],
  },
] satisfies Routes;
