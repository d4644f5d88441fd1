import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';

/** A trainer's area: the sessions they teach and their rosters. */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'sessions' },
      {
        path: 'sessions',
        title: 'teach.title',
        loadComponent: () => import('./my-sessions-page').then((m) => m.MySessionsPage),
      },
      {
        path: 'sessions/:id',
        title: 'teach.sessionTitle',
        loadComponent: () => import('./teach-session-page').then((m) => m.TeachSessionPage),
      },
    ],
  },
] satisfies Routes;
