import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth.guards';
import { TranslatedPaginatorIntl } from '../core/paginator-intl';
import { AREA_PROVIDERS } from '../shared/area-providers';

/**
 * Managing organisations (coordinators and administrators), people, the audit log and the
 * mail outbox (administrators). Each page is its own chunk and checks its own permission.
 */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS, { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'organisations' },
      {
        path: 'organisations',
        canMatch: [permissionGuard('organisations.manage')],
        children: [
          {
            path: '',
            title: 'organisations.title',
            loadComponent: () =>
              import('./organisations/organisation-list-page').then((m) => m.OrganisationListPage),
          },
          {
            path: 'new',
            title: 'organisations.newTitle',
            loadComponent: () =>
              import('./organisations/organisation-form-page').then((m) => m.OrganisationFormPage),
          },
          {
            path: ':id',
            title: 'organisations.editTitle',
            loadComponent: () =>
              import('./organisations/organisation-form-page').then((m) => m.OrganisationFormPage),
          },
        ],
      },
      {
        path: 'people',
        canMatch: [permissionGuard('people.manage')],
        children: [
          {
            path: '',
            title: 'people.title',
            loadComponent: () => import('./people/people-list-page').then((m) => m.PeopleListPage),
          },
          {
            path: 'new',
            title: 'people.newTitle',
            loadComponent: () => import('./people/person-create-page').then((m) => m.PersonCreatePage),
          },
          {
            path: ':id',
            title: 'people.detailTitle',
            loadComponent: () => import('./people/person-detail-page').then((m) => m.PersonDetailPage),
          },
        ],
      },
      {
        path: 'audit',
        canMatch: [permissionGuard('audit.read')],
        title: 'audit.title',
        loadComponent: () => import('./audit/audit-log-page').then((m) => m.AuditLogPage),
      },
      {
        path: 'mail',
        canMatch: [permissionGuard('mail.read')],
        children: [
          {
            path: '',
            title: 'mail.title',
            loadComponent: () => import('./mail/mail-outbox-page').then((m) => m.MailOutboxPage),
          },
          {
            path: ':id',
            title: 'mail.detailTitle',
            loadComponent: () => import('./mail/mail-detail-page').then((m) => m.MailDetailPage),
          },
        ],
      },
    ],
  },
] satisfies Routes;
