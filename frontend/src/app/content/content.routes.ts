import { Routes } from '@angular/router';
import { translationArea } from '../core/translation-areas';
import { AREA_PROVIDERS } from '../shared/area-providers';

/** Previewing published modules and their lessons (trainers and coordinators). */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS],
    canActivate: [translationArea('gift')],
    children: [
      {
        path: '',
        title: 'modules.title',
        loadComponent: () => import('./module-list-page').then((m) => m.ModuleListPage),
      },
      {
        path: 'gift',
        title: 'gift.title',
        loadComponent: () => import('./gift/gift-import-page').then((m) => m.GiftImportPage),
      },
      {
        path: ':slug/:version',
        title: 'modules.moduleTitle',
        loadComponent: () => import('./module-page').then((m) => m.ModulePage),
      },
      {
        path: ':slug/:version/lessons/:lessonSlug',
        title: 'modules.previewTitle',
        loadComponent: () => import('./lesson-preview-page').then((m) => m.LessonPreviewPage),
      },
    ],
  },
] satisfies Routes;
