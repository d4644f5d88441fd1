import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth.guards';
import { TranslatedPaginatorIntl } from '../core/paginator-intl';
import { AREA_PROVIDERS } from '../shared/area-providers';

/**
 * The organisation map (coordinators, administrators and focal people) and organisation
 * profiles: a focal person's own, or any for coordinators. The server checks whose profile.
 */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS, { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'map' },
      {
        path: 'map',
        canMatch: [permissionGuard('organisations.map')],
        title: 'organisationMap.title',
        loadComponent: () => import('./organisation-map-page').then((m) => m.OrganisationMapPage),
      },
      {
        path: 'mine',
        canMatch: [permissionGuard('organisations.profile')],
        title: 'organisationProfile.title',
        loadComponent: () => import('./organisation-profile-page').then((m) => m.OrganisationProfilePage),
      },
      {
        path: 'mine/capacity',
        canMatch: [permissionGuard('organisations.profile')],
        title: 'capacity.title',
        loadComponent: () => import('../capacity/capacity-page').then((m) => m.CapacityPage),
      },
      {
        path: ':id/capacity',
        canMatch: [permissionGuard('organisations.manage', 'organisations.profile')],
        title: 'capacity.title',
        loadComponent: () => import('../capacity/capacity-page').then((m) => m.CapacityPage),
      },
      {
        path: ':id/profile',
        canMatch: [permissionGuard('organisations.manage', 'organisations.profile')],
        title: 'organisationProfile.title',
        loadComponent: () => import('./organisation-profile-page').then((m) => m.OrganisationProfilePage),
      },
    ],
  },
] satisfies Routes;
