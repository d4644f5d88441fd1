import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiErrorBody, CheckInCode } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { MeetingTimePipe, ZonedMomentPipe } from '../../shared/zoned-time.pipes';
import { AttendanceService } from '../attendance/attendance.service';
import { TeachingService } from '../teaching.service';
import { type SessionArea, sessionsPath } from '../attendance/area';
import { LoadState } from '../../shared/load-state';

/** The code is fetched again at least this often, so a changed window never lingers. */
const POLL_MS = 10_000;

/**
 * The room's screen during a meeting: a large QR code and the six digits it stands for, which
 * change every 30 seconds. Escape (or the close button) goes back to the attendance sheet.
 * It is a modal <dialog>: the browser's top layer covers the toolbar and navigation whatever
 * their stacking, keeps focus inside and turns Escape into a `cancel` event.
 */
@Component({
  selector: 'app-check-in-display-page',
  imports: [
    MeetingTimePipe,
    ZonedMomentPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    LoadState,
  ],
  templateUrl: './check-in-display-page.html',
  styleUrl: './check-in-display-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInDisplayPage implements OnInit {
  private readonly service = inject(AttendanceService);
  private readonly teaching = inject(TeachingService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageService).current;

  /** Session and meeting ids, from the address. */
  readonly id = input.required<string>();
  readonly meetingId = input.required<string>();
  readonly area = input<SessionArea>();

  protected readonly session = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.teaching.session(params),
  });
  protected readonly meeting = computed(() =>
    this.session.hasValue()
      ? this.session.value().meetings.find((m) => m.id === this.meetingId())
      : undefined,
  );
  protected readonly code = signal<CheckInCode | null>(null);
  protected readonly error = signal<ApiErrorBody | null>(null);
  private readonly now = signal(Date.now());

  /** The QR code as an image: the server's SVG never enters the page's DOM as markup. */
  protected readonly qrImage = computed(() => {
    const code = this.code();
    return code ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}` : null;
  });
  protected readonly secondsLeft = computed(() => {
    const code = this.code();
    return code ? Math.max(0, Math.ceil((Date.parse(code.refreshAt) - this.now()) / 1000)) : 0;
  });
  protected readonly remaining = computed(() => {
    const code = this.code();
    return code ? (100 * this.secondsLeft()) / code.periodSeconds : 0;
  });
  protected readonly state = computed<'open' | 'notYet' | 'closed' | null>(() => {
    const code = this.code();
    if (!code) return null;
    if (code.open) return 'open';
    return this.now() < Date.parse(code.opensAt) ? 'notYet' : 'closed';
  });
  /** Where a trainee types the code by hand. */
  protected readonly typeAt = computed(() => {
    const code = this.code();
    return code ? `${new URL(code.url).origin}/check-in` : '';
  });
  protected readonly sheetLink = computed(() => `${sessionsPath(this.area())}/${this.id()}/attendance`);

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly close = viewChild.required('close', { read: ElementRef<HTMLElement> });
  private timeout: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    afterNextRender(() => {
      this.dialog().nativeElement.showModal();
      // The way out is where keyboard users start, rather than the full-screen button.
      this.close().nativeElement.focus();
    });
  }

  ngOnInit(): void {
    const ticker = setInterval(() => this.now.set(Date.now()), 1000);
    this.destroyRef.onDestroy(() => {
      clearInterval(ticker);
      clearTimeout(this.timeout);
    });
    this.fetch();
  }

  protected leave(event?: Event): void {
    event?.preventDefault();
    void this.router.navigate([this.sheetLink()], { queryParams: { meeting: this.meetingId() } });
  }

  protected fullScreen(): void {
    // Some browsers refuse (e.g. inside a frame); the page is already as large as it can be then.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  /** Fetches the code, then again when it is replaced or after POLL_MS, whichever comes first. */
  private fetch(): void {
    this.service.checkInCode(this.meetingId()).subscribe({
      next: (code) => {
        this.code.set(code);
        this.error.set(null);
        this.now.set(Date.now());
        const untilNext = Date.parse(code.refreshAt) - Date.now() + 250;
        this.schedule(Math.min(POLL_MS, Math.max(500, untilNext)));
      },
      error: (failure: unknown) => {
        this.error.set(toApiError(failure));
        this.schedule(POLL_MS);
      },
    });
  }

  private schedule(ms: number): void {
    clearTimeout(this.timeout);
    if (!this.destroyRef.destroyed) this.timeout = setTimeout(() => this.fetch(), ms);
  }
}
