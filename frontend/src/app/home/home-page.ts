import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ROLES, type Permission, type Role } from '@atolye/shared';
import { AuthService } from '../core/auth.service';

interface Shortcut {
  path: string;
  label: string;
  icon: string;
  permission: Permission;
}

const SHORTCUTS: readonly Shortcut[] = [
  {
    path: '/admin/organisations',
    label: 'nav.organisations',
    icon: 'business',
    permission: 'organisations.manage',
  },
  { path: '/admin/people', label: 'nav.people', icon: 'group', permission: 'people.manage' },
  { path: '/admin/audit', label: 'nav.audit', icon: 'history', permission: 'audit.read' },
];

/** Welcome: who is signed in, in which roles, and what each role will find here. */
@Component({
  selector: 'app-home-page',
  imports: [MatCardModule, MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);

  protected readonly person = this.auth.currentPerson;
  /** The person's roles in a stable order, so the guidance reads the same each time. */
  protected readonly roles = computed<Role[]>(() => ROLES.filter((role) => this.auth.roles().includes(role)));
  protected readonly shortcuts = computed(() => SHORTCUTS.filter((s) => this.auth.can(s.permission)));
}
