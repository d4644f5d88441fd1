import { Routes } from '@angular/router';
import { AREA_PROVIDERS } from '../shared/area-providers';
import { DATE_INPUT_PROVIDERS } from '../shared/date-inputs';

/** A trainer's area: the sessions they teach and their rosters. */
export default [
  {
    path: '',
    providers: [...AREA_PROVIDERS],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'sessions' },
      {
        path: 'profile',
        title: 'trainers.ownTitle',
        providers: [...DATE_INPUT_PROVIDERS],
        loadComponent: () => import('../trainers/trainer-profile-page').then((m) => m.TrainerProfilePage),
      },
      {
        path: 'sessions',
        title: 'teach.title',
        loadComponent: () => import('./my-sessions-page').then((m) => m.MySessionsPage),
      },
      {
        path: 'sessions/:id',
        title: 'teach.sessionTitle',
        loadComponent: () => import('./teach-session-page').then((m) => m.TeachSessionPage),
      },
      {
        path: 'sessions/:id/results',
        title: 'results.title',
        loadComponent: () => import('./results/session-results-page').then((m) => m.SessionResultsPage),
      },
      {
        path: 'sessions/:id/attendance',
        title: 'attendance.title',
        loadComponent: () => import('./attendance/attendance-page').then((m) => m.AttendancePage),
      },
      {
        path: 'sessions/:id/attendance/meetings/:meetingId/check-in',
        title: 'checkIn.displayTitle',
        loadComponent: () =>
          import('./check-in-display/check-in-display-page').then((m) => m.CheckInDisplayPage),
      },
      {
        path: 'sessions/:id/evaluations',
        title: 'evaluation.resultsTitle',
        loadComponent: () => import('./evaluations/evaluations-page').then((m) => m.EvaluationsPage),
      },
    ],
  },
] satisfies Routes;
