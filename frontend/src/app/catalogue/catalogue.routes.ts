import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';

/** Public: the trainings on offer and their open sessions, with a way to apply. */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS],
    children: [
      {
        path: '',
        title: 'publicCatalogue.title',
        loadComponent: () => import('./public-catalogue-page').then((m) => m.PublicCataloguePage),
      },
      {
        path: ':trainingId',
        title: 'publicCatalogue.trainingTitle',
        loadComponent: () => import('./public-training-page').then((m) => m.PublicTrainingPage),
      },
    ],
  },
] satisfies Routes;
