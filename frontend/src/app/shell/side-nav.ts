import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../core/auth.service';
import { NAV_ITEMS } from './nav-items';
import { ShellIcon } from './shell-icon';

/** The main navigation: only the areas the signed-in person's roles open. */
@Component({
  selector: 'app-side-nav',
  imports: [ShellIcon, RouterLink, RouterLinkActive, TranslatePipe],
  templateUrl: './side-nav.html',
  styleUrl: './side-nav.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SideNav {
  private readonly auth = inject(AuthService);

  /** Emitted when a link is followed, so a phone's drawer can close. */
  readonly navigated = output<void>();

  readonly items = computed(() =>
    NAV_ITEMS.filter((item) => !item.permission || this.auth.can(item.permission)),
  );
}
