import { DestroyRef, Signal, computed, inject, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import {
  Observable,
  Subject,
  catchError,
  concatMap,
  debounce,
  filter,
  groupBy,
  map,
  mergeMap,
  of,
  take,
  timer,
} from 'rxjs';
import type { Answer, ApiErrorBody } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { QuizzesService } from './quizzes.service';

/** How long typing must pause before a text or number answer is saved. */
export const TYPING_PAUSE_MS = 700;

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface PendingSave {
  attemptId: string;
  questionId: string;
  answer: Answer | null;
  delay: number;
  /** Orders the saves, to know when a question's latest answer is on the server. */
  sequence: number;
}

/**
 * Autosaves answers one question at a time: each question's saves go out in order (a later
 * answer never overtakes an earlier one), typing is debounced, and the state says whether
 * everything the trainee did is on the server. Create it in a component's injection context.
 */
export class AnswerSaver {
  private readonly service = inject(QuizzesService);
  private readonly queue = new Subject<PendingSave>();
  /** Questions whose latest answer is not yet saved. */
  private readonly unsaved = signal<ReadonlySet<string>>(new Set());
  private readonly latest = new Map<string, number>();
  private sequence = 0;
  private readonly pending = computed(() => this.unsaved().size);
  private readonly lastFailure = signal<ApiErrorBody | null>(null);
  private readonly anySaved = signal(false);

  readonly state: Signal<SaveState> = computed(() => {
    if (this.pending() > 0) return 'saving';
    if (this.lastFailure()) return 'failed';
    return this.anySaved() ? 'saved' : 'idle';
  });
  readonly failure = this.lastFailure.asReadonly();
  private readonly settled$ = toObservable(this.pending);

  /** Called with a refusal (409: submitted, or past the deadline) so the page can reload. */
  constructor(onConflict: (error: ApiErrorBody) => void) {
    const subscription = this.queue
      .pipe(
        groupBy((save) => save.questionId),
        mergeMap((saves) =>
          saves.pipe(
            debounce((save) => timer(save.delay)),
            concatMap((save) =>
              this.service.save(save.attemptId, save.questionId, save.answer).pipe(
                map(() => ({ save, failure: null })),
                catchError((failure: unknown) => of({ save, failure: toApiError(failure) })),
              ),
            ),
          ),
        ),
      )
      .subscribe(({ save, failure }) => {
        this.lastFailure.set(failure);
        if (!failure) this.anySaved.set(true);
        // Debouncing drops earlier answers to a question: only its latest one settles it.
        if (this.latest.get(save.questionId) === save.sequence) {
          this.unsaved.update((set) => new Set([...set].filter((id) => id !== save.questionId)));
        }
        if (failure?.statusCode === 409) onConflict(failure);
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  save(attemptId: string, questionId: string, answer: Answer | null, typed = false): void {
    const sequence = ++this.sequence;
    this.latest.set(questionId, sequence);
    this.unsaved.update((set) => new Set(set).add(questionId));
    this.queue.next({ attemptId, questionId, answer, delay: typed ? TYPING_PAUSE_MS : 0, sequence });
  }

  /** Emits once nothing is waiting to be saved (at once when nothing is). */
  settled(): Observable<void> {
    return this.settled$.pipe(
      filter((n) => n === 0),
      take(1),
      map(() => undefined),
    );
  }
}
