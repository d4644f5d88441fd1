import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';
import { DATE_INPUT_PROVIDERS } from '../shared/date-inputs';

/** A trainee's area: the catalogue, their enrolments, reading paths and lessons. */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS, ...DATE_INPUT_PROVIDERS],
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
        path: 'enrolments/:enrolmentId/attempts/:attemptId',
        title: 'quiz.attempt.title',
        loadComponent: () => import('./quizzes/attempt-page').then((m) => m.AttemptPage),
      },
      {
        path: 'catalogue',
        title: 'catalogue.title',
        loadComponent: () => import('./catalogue-page').then((m) => m.CataloguePage),
      },
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
