import { Routes } from '@angular/router';
import { permissionGuard, signedInGuard, signedOutGuard } from './core/auth.guards';

/** Every area is its own lazily loaded chunk, loaded only for people allowed to see it. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'home' },
  { path: 'home', canMatch: [signedInGuard], loadChildren: () => import('./home/home.routes') },
  { path: 'profile', canMatch: [signedInGuard], loadChildren: () => import('./profile/profile.routes') },
  { path: 'coaching', canMatch: [signedInGuard], loadChildren: () => import('./coaching/coaching.routes') },
  {
    path: 'learn',
    canMatch: [permissionGuard('learning.enrol')],
    loadChildren: () => import('./learn/learn.routes'),
  },
  {
    path: 'teach',
    canMatch: [permissionGuard('sessions.teach')],
    loadChildren: () => import('./teach/teach.routes'),
  },
  {
    path: 'coordinate',
    canMatch: [permissionGuard('trainings.manage', 'sessions.manage')],
    loadChildren: () => import('./coordinate/coordinate.routes'),
  },
  {
    path: 'modules',
    canMatch: [permissionGuard('content.preview')],
    loadChildren: () => import('./content/content.routes'),
  },
  {
    path: 'admin',
    canMatch: [permissionGuard('organisations.manage', 'people.manage', 'audit.read', 'mail.read')],
    loadChildren: () => import('./admin/admin.routes'),
  },
  {
    path: 'organisations',
    canMatch: [permissionGuard('organisations.map', 'organisations.profile')],
    loadChildren: () => import('./organisations/organisations.routes'),
  },
  {
    path: 'reports',
    canMatch: [permissionGuard('reports.read')],
    loadChildren: () => import('./reports/reports.routes'),
  },
  // A trainee's check-in from the room's QR code; signed-out visitors sign in and come back here.
  {
    path: 'check-in',
    canMatch: [permissionGuard('learning.enrol')],
    loadChildren: () => import('./learn/check-in/check-in.routes'),
  },
  // Public: the trainings open for applications, for visitors without an account.
  { path: 'catalogue', loadChildren: () => import('./catalogue/catalogue.routes') },
  // Public: the link at the foot of an optional mail, signed in or not.
  {
    path: 'unsubscribe',
    title: 'notifications.unsubscribe.title',
    loadComponent: () => import('./notifications/unsubscribe-page').then((m) => m.UnsubscribePage),
  },
  // Public: anyone checks a certificate from its QR code, signed in or not.
  { path: 'verify', loadChildren: () => import('./verify/verify.routes') },
  {
    path: '',
    canMatch: [signedOutGuard('sign-in', 'register', 'confirm-email', 'forgot-password', 'reset-password')],
    loadChildren: () => import('./auth/auth.routes'),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
