import { ChangeDetectionStrategy, Component, afterNextRender, inject, input, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import { AuthService } from '../core/auth.service';
import { registerIcons } from '../core/icons';

/**
 * The signed-in person's menu in the toolbar (profile, sign out). The shell loads it only when
 * the person reaches for its stand-in button, so the menu and its overlay are not part of a first
 * visit; a click on the stand-in opens it as soon as it has loaded.
 */
@Component({
  selector: 'app-account-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, RouterLink, TranslatePipe],
  templateUrl: './account-menu.html',
  styleUrl: './account-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenu {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly trigger = viewChild.required(MatMenuTrigger);

  readonly fullName = input.required<string>();
  /** Only the icon, on narrow screens. */
  readonly compact = input(false);
  /** Whether the person already asked for the menu on the stand-in button (answered once). */
  readonly askedFor = input<() => boolean>(() => false);

  constructor() {
    // Its icons may be needed before any area has registered them (the page not found).
    registerIcons();
    afterNextRender(() => {
      if (this.askedFor()()) this.trigger().openMenu();
    });
  }

  protected signOut(): void {
    this.auth
      .signOut()
      // Even if the server could not be reached, the person asked to leave: forget them here.
      .pipe(finalize(() => this.auth.clear()))
      .subscribe({
        complete: () => void this.router.navigateByUrl('/sign-in'),
        error: () => void this.router.navigateByUrl('/sign-in'),
      });
  }
}
