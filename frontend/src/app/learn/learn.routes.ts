import { Routes } from '@angular/router';
import { AREA_BASE_PROVIDERS } from '../shared/area-base-providers';

/**
 * A trainee's area: the catalogue, their enrolments, reading paths and lessons. Form fields and
 * date inputs (Luxon and its adapter) are provided only by the pages that have them (the
 * catalogue's own routes, the evaluation and quiz pages), so a lesson or a reading path loads
 * neither.
 */
export default [
  {
    path: '',
    providers: AREA_BASE_PROVIDERS,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'enrolments' },
      {
        path: 'enrolments',
        title: 'myLearning.title',
        loadComponent: () => import('./my-learning-page').then((m) => m.MyLearningPage),
      },
      {
        path: 'enrolments/:enrolmentId',
        title: 'readingPath.title',
        loadComponent: () => import('./reading-path-page').then((m) => m.ReadingPathPage),
      },
      {
        path: 'enrolments/:enrolmentId/lessons/:lessonId',
        title: 'lesson.title',
        loadComponent: () => import('./lesson-reader-page').then((m) => m.LessonReaderPage),
      },
      {
        path: 'enrolments/:enrolmentId/evaluation',
        title: 'evaluation.title',
        loadComponent: () => import('./evaluation/evaluation-page').then((m) => m.EvaluationPage),
      },
      {
        path: 'follow-up/:enrolmentId',
        title: 'followUp.title',
        loadComponent: () => import('./follow-up/follow-up-page').then((m) => m.FollowUpPage),
      },
      {
        path: 'enrolments/:enrolmentId/attempts/:attemptId',
        title: 'quiz.attempt.title',
        loadComponent: () => import('./quizzes/attempt-page').then((m) => m.AttemptPage),
      },
      { path: 'catalogue', pathMatch: 'full', loadChildren: () => import('./catalogue.routes') },
      {
        path: 'catalogue/:trainingId',
        title: 'catalogue.trainingTitle',
        loadComponent: () => import('./training-page').then((m) => m.TrainingPage),
      },
      {
        path: 'certificates',
        title: 'certificates.mine.title',
        loadComponent: () => import('./certificates/my-certificates-page').then((m) => m.MyCertificatesPage),
      },
    ],
  },
] satisfies Routes;
