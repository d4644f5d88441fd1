import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { Language, SessionQuizResults } from '@atolye/shared';
import { LocalisedPipe } from '../../shared/localised';
import { ScrollRegion } from '../../shared/scroll-region';

/** Trainees down, quizzes across: best and latest score, pass or fail, attempts, and the gain. */
@Component({
  selector: 'app-trainee-results-table',
  imports: [ScrollRegion, DecimalPipe, MatIconModule, TranslatePipe, LocalisedPipe],
  templateUrl: './trainee-results-table.html',
  styleUrl: './trainee-results-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TraineeResultsTable {
  readonly results = input.required<SessionQuizResults>();
  readonly language = input.required<Language>();
  readonly locale = input.required<string>();

  protected readonly quizzes = computed(() => this.results().quizzes);
  protected readonly postTests = computed(() =>
    this.quizzes().filter((q) => q.kind === 'post_test' && q.pairedWithQuizId),
  );
  protected readonly trainees = computed(() =>
    [...this.results().trainees].sort((a, b) => a.fullName.localeCompare(b.fullName)),
  );

  protected signed(value: number): string {
    const rounded = Math.round(value);
    return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)}`;
  }
}
