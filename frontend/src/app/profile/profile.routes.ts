import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';
import { ProfilePage } from './profile-page';

export default [
  { path: '', title: 'profile.title', providers: AREA_PROVIDERS, component: ProfilePage },
  {
    path: 'events',
    title: 'programmeEvents.mineTitle',
    providers: AREA_PROVIDERS,
    loadComponent: () =>
      import('../programme-events/my-programme-events-page').then((m) => m.MyProgrammeEventsPage),
  },
] satisfies Routes;
