import { Routes } from '@angular/router';
import { permissionGuard, signedInGuard, signedOutGuard } from './core/auth.guards';

/** Every area is its own lazily loaded chunk, loaded only for people allowed to see it. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'home' },
  { path: 'home', canMatch: [signedInGuard], loadChildren: () => import('./home/home.routes') },
  { path: 'profile', canMatch: [signedInGuard], loadChildren: () => import('./profile/profile.routes') },
  {
    path: 'admin',
    canMatch: [permissionGuard('organisations.manage', 'people.manage', 'audit.read')],
    loadChildren: () => import('./admin/admin.routes'),
  },
  {
    path: '',
    canMatch: [signedOutGuard('sign-in', 'register')],
    loadChildren: () => import('./auth/auth.routes'),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
