import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ROLES, type Permission, type Role } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { ErrorBanner } from '../shared/error-banner';
import { AdminNow } from './admin-now';
import { CoordinatorNow } from './coordinator-now';
import { HomeService } from './home.service';
import { TraineeNow } from './trainee-now';
import { TrainerNow } from './trainer-now';

interface Shortcut {
  path: string;
  label: string;
  icon: string;
  permission: Permission;
}

const SHORTCUTS: readonly Shortcut[] = [
  { path: '/learn/enrolments', label: 'nav.myLearning', icon: 'school', permission: 'learning.enrol' },
  { path: '/learn/catalogue', label: 'nav.catalogue', icon: 'import_contacts', permission: 'learning.enrol' },
  { path: '/teach/sessions', label: 'nav.mySessions', icon: 'event', permission: 'sessions.teach' },
  { path: '/coordinate/trainings', label: 'nav.trainings', icon: 'class', permission: 'trainings.manage' },
  { path: '/coordinate/sessions', label: 'nav.sessions', icon: 'event', permission: 'sessions.manage' },
  { path: '/modules', label: 'nav.modules', icon: 'library_books', permission: 'content.preview' },
  { path: '/reports', label: 'reports.nav', icon: 'bar_chart', permission: 'reports.read' },
  {
    path: '/admin/organisations',
    label: 'nav.organisations',
    icon: 'business',
    permission: 'organisations.manage',
  },
  { path: '/admin/people', label: 'nav.people', icon: 'group', permission: 'people.manage' },
  { path: '/admin/audit', label: 'nav.audit', icon: 'history', permission: 'audit.read' },
  { path: '/admin/mail', label: 'nav.mail', icon: 'mail', permission: 'mail.read' },
];

/** Where each role's guidance card leads. */
const GUIDANCE_LINKS: Record<Role, { path: string; label: string }> = {
  trainee: { path: '/learn/catalogue', label: 'home.guidance.trainee.link' },
  trainer: { path: '/teach/sessions', label: 'home.guidance.trainer.link' },
  coordinator: { path: '/coordinate/trainings', label: 'home.guidance.coordinator.link' },
  admin: { path: '/admin/people', label: 'home.guidance.admin.link' },
  focal_person: { path: '/organisations/mine', label: 'home.guidance.focal_person.link' },
};

/**
 * Welcome, and what each of the person's roles has to do now (one request), each item linking to
 * the page where it is done; a role with nothing waiting says where its work is.
 */
@Component({
  selector: 'app-home-page',
  imports: [
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    ErrorBanner,
    TraineeNow,
    TrainerNow,
    CoordinatorNow,
    AdminNow,
  ],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  private readonly service = inject(HomeService);

  protected readonly overview = rxResource({ stream: () => this.service.overview() });
  protected readonly loadError = computed(() =>
    this.overview.error() ? toApiError(this.overview.error()) : null,
  );

  protected readonly person = this.auth.currentPerson;
  /** The person's roles in a stable order, so the guidance reads the same each time. */
  protected readonly roles = computed<Role[]>(() => ROLES.filter((role) => this.auth.roles().includes(role)));
  protected readonly shortcuts = computed(() => SHORTCUTS.filter((s) => this.auth.can(s.permission)));
  protected readonly links = GUIDANCE_LINKS;
}
