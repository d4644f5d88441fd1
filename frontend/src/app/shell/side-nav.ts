import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../core/auth.service';
import { NAV_ICON_PATHS } from '../core/nav-icons';
import { NAV_ITEMS } from '@atolye/shared/core';
import { ShellIcon } from './shell-icon';

/**
 * The main navigation: only the areas the signed-in person's roles open. The shell loads it once
 * someone is signed in, so a visitor's first page does without it and its icons.
 */
@Component({
  selector: 'app-side-nav',
  imports: [ShellIcon, RouterLink, RouterLinkActive, TranslatePipe],
  templateUrl: './side-nav.html',
  styleUrl: './side-nav.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SideNav {
  private readonly auth = inject(AuthService);

  protected readonly icons = NAV_ICON_PATHS;

  readonly items = computed(() =>
    NAV_ITEMS.filter((item) => !item.permission || this.auth.can(item.permission)),
  );
}
