import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { NAV_ITEMS, ROLES, type Role } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { AdminNow } from './admin-now';
import { CoordinatorNow } from './coordinator-now';
import { HomeService } from './home.service';
import { TraineeNow } from './trainee-now';
import { TrainerNow } from './trainer-now';
import { LoadState } from '../shared/load-state';

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
    LoadState,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslatePipe,
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
  protected readonly shortcuts = computed(() =>
    NAV_ITEMS.filter((item) => item.shortcut && item.permission && this.auth.can(item.permission)),
  );
  protected readonly links = GUIDANCE_LINKS;
}
