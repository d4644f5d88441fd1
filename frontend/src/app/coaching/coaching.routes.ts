import { Routes } from '@angular/router';
import { translationArea } from '../core/translation-areas';
import { AREA_PROVIDERS } from '../shared/area-providers';
import { DATE_INPUT_PROVIDERS } from '../shared/date-inputs';

/** A person's coaching tracks, as mentor or as team member, and each track's work. */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS, ...DATE_INPUT_PROVIDERS],
    canActivate: [translationArea('coaching')],
    children: [
      {
        path: '',
        title: 'coaching.mineTitle',
        loadComponent: () => import('./my-coaching-page').then((m) => m.MyCoachingPage),
      },
      {
        path: ':id',
        title: 'coaching.trackTitle',
        loadComponent: () => import('./coaching-track-page').then((m) => m.CoachingTrackPage),
      },
    ],
  },
] satisfies Routes;
