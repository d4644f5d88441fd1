import { MatPaginatorIntl } from '@angular/material/paginator';
import { Routes } from '@angular/router';
import { translationArea } from '../core/translation-areas';
import { permissionGuard } from '../core/auth.guards';
import { TranslatedPaginatorIntl } from '../core/paginator-intl';
import { AREA_PROVIDERS } from '../shared/area-providers';
import { DATE_INPUT_PROVIDERS } from '../shared/date-inputs';

/** Running the programme: trainings built from modules, and their sessions and rosters. */
export default [
  {
    path: '',
    providers: [
      ...AREA_PROVIDERS,
      ...DATE_INPUT_PROVIDERS,
      { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl },
    ],
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
          {
            path: ':id/certificate-template',
            title: 'certificateTemplate.title',
            loadComponent: () =>
              import('./certificate-template/certificate-template-page').then(
                (m) => m.CertificateTemplatePage,
              ),
          },
        ],
      },
      {
        path: 'events',
        canMatch: [permissionGuard('sessions.manage')],
        children: [
          {
            path: '',
            title: 'programmeEvents.title',
            loadComponent: () =>
              import('../programme-events/programme-event-list-page').then((m) => m.ProgrammeEventListPage),
          },
          {
            path: 'new',
            title: 'programmeEvents.newTitle',
            loadComponent: () =>
              import('../programme-events/programme-event-form-page').then((m) => m.ProgrammeEventFormPage),
          },
          {
            path: ':id',
            title: 'programmeEvents.editTitle',
            loadComponent: () =>
              import('../programme-events/programme-event-form-page').then((m) => m.ProgrammeEventFormPage),
          },
        ],
      },
      {
        path: 'coaching',
        canMatch: [permissionGuard('sessions.manage')],
        canActivate: [translationArea('coaching')],
        children: [
          {
            path: '',
            title: 'coaching.title',
            loadComponent: () =>
              import('../coaching/coaching-track-list-page').then((m) => m.CoachingTrackListPage),
          },
          {
            path: 'new',
            title: 'coaching.newTitle',
            loadComponent: () =>
              import('../coaching/coaching-track-form-page').then((m) => m.CoachingTrackFormPage),
          },
          {
            path: ':id',
            title: 'coaching.editTitle',
            loadComponent: () =>
              import('../coaching/coaching-track-form-page').then((m) => m.CoachingTrackFormPage),
          },
        ],
      },
      {
        path: 'trainers',
        canMatch: [permissionGuard('sessions.manage')],
        children: [
          {
            path: '',
            title: 'trainers.title',
            loadComponent: () => import('../trainers/trainer-roster-page').then((m) => m.TrainerRosterPage),
          },
          {
            path: ':id',
            title: 'trainers.profileHeading',
            loadComponent: () => import('../trainers/trainer-profile-page').then((m) => m.TrainerProfilePage),
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
            path: ':id/results',
            title: 'results.title',
            loadComponent: () =>
              import('../teach/results/session-results-page').then((m) => m.SessionResultsPage),
          },
          {
            path: ':id/edit',
            title: 'sessions.editTitle',
            loadComponent: () => import('./session-form-page').then((m) => m.SessionFormPage),
          },
          {
            path: ':id/attendance',
            title: 'attendance.title',
            data: { area: 'coordinate' },
            loadComponent: () => import('../teach/attendance/attendance-page').then((m) => m.AttendancePage),
          },
          {
            path: ':id/attendance/meetings/:meetingId/check-in',
            title: 'checkIn.displayTitle',
            data: { area: 'coordinate' },
            loadComponent: () =>
              import('../teach/check-in-display/check-in-display-page').then((m) => m.CheckInDisplayPage),
          },
          {
            path: ':id/evaluations',
            title: 'evaluation.resultsTitle',
            data: { area: 'coordinate' },
            loadComponent: () =>
              import('../teach/evaluations/evaluations-page').then((m) => m.EvaluationsPage),
          },
          {
            path: ':id/certificates',
            title: 'certificates.title',
            canMatch: [permissionGuard('certificates.issue')],
            loadComponent: () => import('./certificates/certificates-page').then((m) => m.CertificatesPage),
          },
        ],
      },
    ],
  },
] satisfies Routes;
