import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import type {
  CapacityAnswers,
  CapacityQuestionnaire,
  CapacityRound,
  CapacityRoundView,
} from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { LocalisedPipe } from '../shared/localised';

/**
 * One round of the questionnaire: a question per row, its four anchors as choices. A draft can be
 * saved with questions left open; submitting asks for all. A submitted round is shown read-only.
 */
@Component({
  selector: 'app-capacity-round-form',
  imports: [MatButtonModule, MatRadioModule, TranslatePipe, LocalisedPipe],
  templateUrl: './capacity-round-form.html',
  styleUrl: './capacity-round-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityRoundForm {
  readonly questionnaire = input.required<CapacityQuestionnaire>();
  readonly round = input.required<CapacityRound>();
  readonly existing = input<CapacityRoundView | null>(null);
  readonly busy = input(false);
  readonly saveDraft = output<CapacityAnswers>();
  readonly submitRound = output<CapacityAnswers>();
  readonly closed = output<void>();

  protected readonly language = inject(LanguageService).current;
  protected readonly answers = signal<CapacityAnswers>({});
  protected readonly readOnly = computed(() => this.existing()?.status === 'submitted');
  protected readonly total = computed(() =>
    this.questionnaire().domains.reduce((n, d) => n + d.questions.length, 0),
  );
  protected readonly answered = computed(() => Object.keys(this.answers()).length);
  /** Questions still open when submitting was tried; the server would refuse them anyway. */
  protected readonly open = signal(0);

  constructor() {
    effect(() => this.answers.set({ ...(this.existing()?.answers ?? {}) }));
  }

  protected choose(questionId: string, score: number): void {
    this.answers.update((answers) => ({ ...answers, [questionId]: score }));
    if (this.open() > 0) this.open.set(this.total() - this.answered());
  }

  protected trySubmit(): void {
    this.open.set(this.total() - this.answered());
    if (this.open() === 0) this.submitRound.emit(this.answers());
  }
}
