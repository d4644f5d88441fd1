import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { clock } from './quiz-status';
import { PluralPipe } from '../../shared/plural.pipe';

/** Minutes left at which screen readers hear how much time remains. */
const ANNOUNCE_AT_MINUTES = [5, 1];

/**
 * Time left until the server's deadline. It ticks every second on screen, but screen readers
 * are told only at five minutes and one minute left, not every second.
 */
@Component({
  selector: 'app-quiz-countdown',
  imports: [PluralPipe, MatIconModule, TranslatePipe],
  templateUrl: './quiz-countdown.html',
  styleUrl: './quiz-countdown.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuizCountdown {
  readonly deadlineAt = input.required<string>();
  /** Emitted once when the time is up. */
  readonly expired = output<void>();

  private readonly now = signal(Date.now());
  protected readonly remaining = computed(() => new Date(this.deadlineAt()).getTime() - this.now());
  protected readonly display = computed(() => clock(this.remaining()));
  protected readonly low = computed(() => this.remaining() <= 60_000);
  protected readonly announcement = signal<number | null>(null);
  private done = false;

  constructor() {
    const interval = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(interval));
    effect(() => {
      const remaining = this.remaining();
      untracked(() => {
        const minutes = Math.ceil(remaining / 60_000);
        if (ANNOUNCE_AT_MINUTES.includes(minutes) && this.announcement() !== minutes && remaining > 0)
          this.announcement.set(minutes);
        if (remaining <= 0 && !this.done) {
          this.done = true;
          this.expired.emit();
        }
      });
    });
  }
}
