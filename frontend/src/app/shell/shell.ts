import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize, map } from 'rxjs';
import { AuthService } from '../core/auth.service';
import { NotificationBell } from '../notifications/notification-bell';
import { LanguageSwitch } from './language-switch';
import { SideNav } from './side-nav';

/** Below this width the navigation is a drawer opened from the toolbar. */
const HANDSET_QUERY = '(max-width: 959.98px)';
/** Below this width the toolbar shows icons without names. */
const COMPACT_QUERY = '(max-width: 599.98px)';

/** The frame of every page: toolbar, navigation (when signed in) and the page itself. */
@Component({
  selector: 'app-root',
  imports: [
    MatToolbarModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatSidenavModule,
    RouterOutlet,
    RouterLink,
    TranslatePipe,
    LanguageSwitch,
    NotificationBell,
    SideNav,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly drawer = viewChild<MatSidenav>('drawer');
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly handset = toSignal(this.breakpoints.observe(HANDSET_QUERY).pipe(map((s) => s.matches)), {
    initialValue: false,
  });
  protected readonly compact = toSignal(this.breakpoints.observe(COMPACT_QUERY).pipe(map((s) => s.matches)), {
    initialValue: false,
  });

  protected skipToContent(): void {
    this.main().nativeElement.focus();
  }

  protected toggleDrawer(): void {
    void this.drawer()?.toggle();
  }

  protected closeDrawerOnPhone(): void {
    if (this.handset()) void this.drawer()?.close();
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
