import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth.guards';
import { TranslatedPaginatorIntl } from '../core/paginator-intl';
import { AREA_PROVIDERS } from '../shared/area-providers';

/** Running the programme: trainings built from modules, and their sessions and rosters. */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS, { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'sessions' },
      {
        path: 'trainings',
        canMatch: [permissionGuard('trainings.manage')],
        children: [
          {
            path: '',
            title: 'trainings.title',
            loadComponent: () => import('./training-list-page').then((m) => m.TrainingListPage),
          },
          {
            path: 'new',
            title: 'trainings.newTitle',
            loadComponent: () => import('./training-form-page').then((m) => m.TrainingFormPage),
          },
          {
            path: ':id',
            title: 'trainings.editTitle',
            loadComponent: () => import('./training-form-page').then((m) => m.TrainingFormPage),
          },
        ],
      },
      {
        path: 'sessions',
        canMatch: [permissionGuard('sessions.manage')],
        children: [
          {
            path: '',
            title: 'sessions.title',
            loadComponent: () => import('./session-list-page').then((m) => m.SessionListPage),
          },
          {
            path: 'new',
            title: 'sessions.newTitle',
            loadComponent: () => import('./session-form-page').then((m) => m.SessionFormPage),
          },
          {
            path: ':id',
            title: 'sessions.sessionTitle',
            loadComponent: () => import('./session-page').then((m) => m.SessionPage),
          },
          {
            path: ':id/edit',
            title: 'sessions.editTitle',
            loadComponent: () => import('./session-form-page').then((m) => m.SessionFormPage),
          },
        ],
      },
    ],
  },
] satisfies Routes;
