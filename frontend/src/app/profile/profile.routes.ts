import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';
import { ProfilePage } from './profile-page';

export default [
  { path: '', title: 'profile.title', providers: AREA_PROVIDERS, component: ProfilePage },
] satisfies Routes;
