import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { AuthService } from '../core/auth.service';
import { AccountMenu } from './account-menu';
import { LanguageSwitch } from './language-switch';
import { ShellIcon } from './shell-icon';
import { SideNav } from './side-nav';

/** Below this width the navigation is a drawer opened from the toolbar. */
const HANDSET_QUERY = '(max-width: 959.98px)';
/** Below this width the toolbar shows icons without names. */
const COMPACT_QUERY = '(max-width: 599.98px)';

/**
 * The frame of every page: toolbar, navigation (when signed in) and the page itself. It is part
 * of the first download, so it is drawn with plain elements in Material's colours and type; the
 * Material components come with the areas that use them (and the account menu after the page).
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, TranslatePipe, LanguageSwitch, SideNav, ShellIcon, AccountMenu],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly auth = inject(AuthService);
  private readonly drawer = viewChild<ElementRef<HTMLDialogElement>>('drawer');
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly handset = toSignal(this.breakpoints.observe(HANDSET_QUERY).pipe(map((s) => s.matches)), {
    initialValue: false,
  });
  protected readonly compact = toSignal(this.breakpoints.observe(COMPACT_QUERY).pipe(map((s) => s.matches)), {
    initialValue: false,
  });

  /** The account menu was asked for before it had loaded; it opens as soon as it has. */
  protected readonly accountAsked = signal(false);

  protected skipToContent(): void {
    this.main().nativeElement.focus();
  }

  protected openDrawer(): void {
    const dialog = this.drawer()?.nativeElement;
    if (!dialog) return;
    // A click outside the drawer lands on the dialog itself (its backdrop) and closes it.
    dialog.onclick = (event) => {
      if (event.target === dialog) dialog.close();
    };
    dialog.showModal();
  }

  protected closeDrawer(): void {
    this.drawer()?.nativeElement.close();
  }
}
