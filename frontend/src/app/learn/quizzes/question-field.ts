import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import type { Answer, Language, QuestionView } from '@atolye/shared';
import { LocalisedPipe } from '../../shared/localised';
import { PluralPipe } from '../../shared/plural.pipe';

/** A change of answer (null: cleared); `typed` ones (text, number) are saved once typing pauses. */
export interface AnswerChange {
  questionId: string;
  answer: Answer | null;
  typed: boolean;
}

/** One question with the control its type needs: radios, checkboxes, a toggle, a field or selects. */
@Component({
  selector: 'app-question-field',
  imports: [
    PluralPipe,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    LocalisedPipe,
  ],
  templateUrl: './question-field.html',
  styleUrl: './question-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionField {
  readonly question = input.required<QuestionView>();
  readonly answer = input<Answer | undefined>(undefined);
  readonly language = input.required<Language>();
  /** 1-based position, for "Question 3 of 10". */
  readonly position = input.required<number>();
  readonly total = input.required<number>();
  readonly disabled = input(false);
  readonly changed = output<AnswerChange>();

  protected readonly labelId = computed(() => `question-${this.question().id}`);
  protected readonly optionId = computed(() => this.field('optionId') as string | undefined);
  protected readonly optionIds = computed(() => (this.field('optionIds') as string[] | undefined) ?? []);
  protected readonly truth = computed(() => this.field('value') as boolean | undefined);
  protected readonly text = computed(() => (this.field('text') as string | undefined) ?? '');
  protected readonly number = computed(() => this.field('number') as number | undefined);
  protected readonly pairs = computed(
    () => (this.field('pairs') as Record<string, string> | undefined) ?? {},
  );

  private field(name: string): unknown {
    const answer = this.answer();
    return answer && name in answer ? (answer as Record<string, unknown>)[name] : undefined;
  }

  private emit(answer: Answer | null, typed = false): void {
    this.changed.emit({ questionId: this.question().id, answer, typed });
  }

  protected choose(optionId: string): void {
    this.emit({ optionId });
  }

  protected tick(optionId: string, checked: boolean): void {
    const others = this.optionIds().filter((id) => id !== optionId);
    // Keep the options in the order shown, so the saved answer reads like the screen.
    const chosen = new Set(checked ? [...others, optionId] : others);
    this.emit({ optionIds: (this.question().options ?? []).map((o) => o.id).filter((id) => chosen.has(id)) });
  }

  protected setTruth(value: boolean): void {
    this.emit({ value });
  }

  protected type(text: string): void {
    this.emit({ text }, true);
  }

  protected typeNumber(raw: string): void {
    // An emptied field clears the answer; a half-typed number ("-", "1e") is not an answer yet,
    // so the last whole one stays saved.
    if (raw.trim() === '') return this.emit(null, true);
    const value = Number(raw.replace(',', '.'));
    if (Number.isFinite(value)) this.emit({ number: value }, true);
  }

  protected match(leftId: string, rightId: string): void {
    const pairs = { ...this.pairs() };
    if (rightId) pairs[leftId] = rightId;
    else delete pairs[leftId];
    this.emit({ pairs });
  }
}
