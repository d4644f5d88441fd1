import {
  ChangeDetectionStrategy,
  Component,
  type ComponentRef,
  ElementRef,
  type Type,
  ViewContainerRef,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NavigationEnd, NavigationStart, Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../core/auth.service';
import { TOOLBAR_ICON_PATHS } from '../core/shell-icons';
import { NotificationsService } from '../notifications/notifications.service';
import { LanguageSwitch } from './language-switch';
import { mediaQuery } from './media-query';
import { ShellIcon } from './shell-icon';

/** Below this width the navigation is a drawer opened from the toolbar. */
const HANDSET_QUERY = '(max-width: 959.98px)';
/** Below this width the toolbar shows icons without names. */
const COMPACT_QUERY = '(max-width: 599.98px)';

/**
 * The frame of every page: toolbar, navigation (when signed in) and the page itself. It is part
 * of the first download, so it is drawn with plain elements in Material's colours and type; the
 * Material components come with the areas that use them, and the account menu (a Material menu
 * and its overlay) only when the person reaches for it.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, TranslatePipe, LanguageSwitch, ShellIcon],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly auth = inject(AuthService);
  private readonly drawer = viewChild<ElementRef<HTMLDialogElement>>('drawer');
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  // Where the lazily loaded parts go, created by hand rather than with NgComponentOutlet, whose
  // code would otherwise come with the first download.
  private readonly navSlot = viewChild('navSlot', { read: ViewContainerRef });
  private readonly accountSlot = viewChild('accountSlot', { read: ViewContainerRef });
  private readonly bellSlot = viewChild('bellSlot', { read: ViewContainerRef });

  protected readonly icons = TOOLBAR_ICON_PATHS;
  protected readonly handset = mediaQuery(HANDSET_QUERY);
  protected readonly compact = mediaQuery(COMPACT_QUERY);

  /** The navigation, loaded once someone is signed in. */
  protected readonly sideNav = signal<Type<unknown> | null>(null);
  /** The notification bell with its menu, once loaded: when the pointer or the focus comes to it, or on a click. */
  protected readonly bell = signal<Type<unknown> | null>(null);
  /** Unread notifications, shown on the bell's stand-in until the bell itself has loaded. */
  protected readonly unread = signal(0);
  private readonly notifications = inject(NotificationsService);
  private bellAsked = false;
  private bellLoading = false;

  constructor() {
    effect(() => {
      if (this.auth.signedIn() && !this.sideNav()) {
        void import('./side-nav').then((m) => this.sideNav.set(m.SideNav));
      }
    });
    effect(() => {
      if (this.auth.signedIn() && !this.bell()) this.countUnread();
    });
    effect(() => {
      const slot = this.bellSlot();
      const bell = this.bell();
      if (slot && bell && slot.length === 0) {
        slot.createComponent(bell).setInput('askedFor', this.takeBellRequest);
      }
    });
    effect(() => {
      const slot = this.navSlot();
      const nav = this.sideNav();
      if (slot && nav && slot.length === 0) slot.createComponent(nav);
    });
    effect(() => {
      const slot = this.accountSlot();
      const menu = this.accountMenu();
      const person = this.auth.currentPerson();
      if (!slot || !menu || !person) return;
      const ref = slot.length === 0 ? slot.createComponent(menu) : null;
      const current = ref ?? this.accountRef;
      if (ref) {
        this.accountRef = ref;
        ref.setInput('askedFor', this.takeAccountRequest);
      }
      current?.setInput('fullName', person.fullName);
      current?.setInput('compact', this.compact());
    });
    // Following a link in the phone's drawer closes it.
    inject(Router).events.subscribe((event) => {
      if (event instanceof NavigationStart) this.closeDrawer();
      // A page change may follow something that caused a notification (the bell itself looks again once loaded).
      if (event instanceof NavigationEnd && this.auth.signedIn() && !this.bell()) this.countUnread();
    });
  }

  /** The account menu, once loaded: when the pointer or the focus comes to it, or on a click. */
  protected readonly accountMenu = signal<Type<unknown> | null>(null);
  /** The account menu was asked for before it had loaded; it opens as soon as it has. */
  private accountAsked = false;
  private accountMenuLoading = false;
  private accountRef: ComponentRef<unknown> | null = null;

  protected askForAccountMenu(): void {
    this.accountAsked = true;
    this.loadAccountMenu();
  }

  /** Whether the menu was asked for while loading; answered once, so it opens only then. */
  protected readonly takeAccountRequest = (): boolean => {
    const asked = this.accountAsked;
    this.accountAsked = false;
    return asked;
  };

  private countUnread(): void {
    this.notifications
      .list()
      .subscribe({ next: (list) => this.unread.set(list.unread), error: () => undefined });
  }

  protected askForBell(): void {
    this.bellAsked = true;
    this.loadBell();
  }

  /** Whether the bell was asked for while loading; answered once, so its menu opens only then. */
  protected readonly takeBellRequest = (): boolean => {
    const asked = this.bellAsked;
    this.bellAsked = false;
    return asked;
  };

  protected loadBell(): void {
    if (this.bellLoading) return;
    this.bellLoading = true;
    void import('../notifications/notification-bell').then((m) => this.bell.set(m.NotificationBell));
  }

  protected loadAccountMenu(): void {
    if (this.accountMenuLoading) return;
    this.accountMenuLoading = true;
    void import('./account-menu').then((m) => this.accountMenu.set(m.AccountMenu));
  }

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
