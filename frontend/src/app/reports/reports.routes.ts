import { Routes } from '@angular/router';
import { translationArea } from '../core/translation-areas';
import { AREA_PROVIDERS } from '../shared/area-providers';
import { DATE_INPUT_PROVIDERS } from '../shared/date-inputs';

/** Programme reports for donors (the area's guard, `reports.read`, is on its route in app.routes). */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS, ...DATE_INPUT_PROVIDERS],
    // The reports page links the logframe with the logframe's own words.
    canActivate: [translationArea('logframe')],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'reports.title',
        loadComponent: () => import('./reports-page').then((m) => m.ReportsPage),
      },
      {
        path: 'programme-events',
        title: 'programmeEvents.figures.title',
        loadComponent: () =>
          import('../programme-events/programme-event-figures-page').then((m) => m.ProgrammeEventFiguresPage),
      },
      {
        path: 'logframe',
        title: 'logframe.title',
        loadComponent: () => import('../logframe/logframe-page').then((m) => m.LogframePage),
      },
      {
        path: 'logframe/indicators/:id',
        title: 'logframe.detail.pageTitle',
        loadComponent: () =>
          import('../logframe/logframe-indicator-page').then((m) => m.LogframeIndicatorPage),
      },
      {
        path: 'capacity',
        title: 'capacity.overview.title',
        loadComponent: () => import('../capacity/capacity-overview-page').then((m) => m.CapacityOverviewPage),
      },
      {
        path: 'indicators',
        title: 'reports.indicators.pageTitle',
        loadComponent: () => import('./indicators-page').then((m) => m.IndicatorsPage),
      },
    ],
  },
] satisfies Routes;
