import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { NavigationEnd, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter } from 'rxjs';
import type { NotificationItem, NotificationList } from '@atolye/shared';
import { registerIcons } from '../core/icons';
import { LanguageService } from '../core/language.service';
import { NotificationTextPipe } from './notification-text.pipe';
import { NotificationsService } from './notifications.service';

/** The toolbar's bell: the unread count, and the newest notifications to open or mark read. */
@Component({
  selector: 'app-notification-bell',
  imports: [
    DatePipe,
    MatBadgeModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    TranslatePipe,
    NotificationTextPipe,
  ],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly service = inject(NotificationsService);
  private readonly router = inject(Router);
  private readonly languages = inject(LanguageService);
  protected readonly language = this.languages.current;
  protected readonly locale = this.languages.locale;
  protected readonly list = signal<NotificationList>({ unread: 0, items: [] });
  protected readonly unread = computed(() => this.list().unread);
  private readonly trigger = viewChild.required(MatMenuTrigger);
  /** Whether the person already asked for the menu on the shell's stand-in (answered once). */
  readonly askedFor = input<() => boolean>(() => false);

  constructor() {
    // The shell loads the bell before any area may have registered the icons.
    registerIcons();
    this.load();
    afterNextRender(() => {
      if (this.askedFor()()) this.trigger().openMenu();
    });
    // Each page change may follow something that caused a notification: look again.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.load());
  }

  protected load(): void {
    this.service.list().subscribe({ next: (list) => this.list.set(list), error: () => undefined });
  }

  protected open(item: NotificationItem): void {
    if (!item.read) this.service.markRead(item.id).subscribe({ next: () => this.load() });
    void this.router.navigateByUrl(item.link);
  }

  protected markAllRead(): void {
    this.service.markAllRead().subscribe({ next: () => this.load() });
  }
}
