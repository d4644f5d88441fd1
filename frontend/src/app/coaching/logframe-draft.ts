import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import {
  LOGFRAME_LEVELS,
  type ApiErrorBody,
  type CoachingTrackDetail,
  type DraftIndicator,
  type DraftItem,
  type LogframeLevel,
} from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { ErrorBanner } from '../shared/error-banner';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { CoachingService } from './coaching.service';

type Editor =
  | { mode: 'add'; parentId: string | null; level: LogframeLevel }
  | { mode: 'edit'; item: DraftItem };

/**
 * The team's project draft as a logframe tree (overall objective → specific objectives → results →
 * activities, each with indicators), with the mentor's comments beside each item.
 */
@Component({
  selector: 'app-logframe-draft',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    ErrorBanner,
    FieldErrorPipe,
  ],
  templateUrl: './logframe-draft.html',
  styleUrl: './logframe-draft.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogframeDraft {
  private readonly fb = inject(FormBuilder);
  private readonly service = inject(CoachingService);

  readonly track = input.required<CoachingTrackDetail>();
  readonly changed = output<CoachingTrackDetail>();

  protected readonly isTeam = computed(() => this.track().myRole === 'team');
  protected readonly isMentor = computed(() => this.track().myRole === 'mentor');
  /** The team edits unless the draft is with the mentor for review. */
  protected readonly editable = computed(() => this.isTeam() && this.track().draftStatus !== 'submitted');
  protected readonly editor = signal<Editor | null>(null);
  protected readonly commentingOn = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected readonly itemForm = this.fb.nonNullable.group({
    text: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(2000)]],
    indicators: this.fb.array([] as ReturnType<LogframeDraft['indicatorGroup']>[]),
  });
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(2), Validators.maxLength(4000)],
  });

  /** The level an item's children have, or null under an activity. */
  protected childLevel(level: LogframeLevel): LogframeLevel | null {
    return LOGFRAME_LEVELS[LOGFRAME_LEVELS.indexOf(level) + 1] ?? null;
  }

  protected depth(level: LogframeLevel): number {
    return LOGFRAME_LEVELS.indexOf(level);
  }

  protected editorFor(parentId: string | null): boolean {
    const editor = this.editor();
    return editor?.mode === 'add' && editor.parentId === parentId;
  }

  protected editing(item: DraftItem): boolean {
    const editor = this.editor();
    return editor?.mode === 'edit' && editor.item.id === item.id;
  }

  private indicatorGroup(indicator?: DraftIndicator) {
    return this.fb.nonNullable.group({
      description: [indicator?.description ?? '', [Validators.required, Validators.minLength(3)]],
      baseline: [indicator?.baseline ?? ''],
      target: [indicator?.target ?? ''],
      meansOfVerification: [indicator?.meansOfVerification ?? ''],
    });
  }

  protected startAdd(parentId: string | null, level: LogframeLevel): void {
    this.itemForm.controls.indicators.clear();
    this.itemForm.reset({ text: '' });
    this.editor.set({ mode: 'add', parentId, level });
  }

  protected startEdit(item: DraftItem): void {
    this.itemForm.controls.indicators.clear();
    item.indicators.forEach((i) => this.itemForm.controls.indicators.push(this.indicatorGroup(i)));
    this.itemForm.reset({ text: item.text, indicators: item.indicators });
    this.editor.set({ mode: 'edit', item });
  }

  protected addIndicator(): void {
    this.itemForm.controls.indicators.push(this.indicatorGroup());
  }

  protected removeIndicator(index: number): void {
    this.itemForm.controls.indicators.removeAt(index);
  }

  protected saveItem(): void {
    const editor = this.editor();
    if (!editor) return;
    if (this.itemForm.invalid) {
      this.itemForm.markAllAsTouched();
      return;
    }
    const { text, indicators } = this.itemForm.getRawValue();
    const id = this.track().id;
    const change =
      editor.mode === 'add'
        ? this.service.addDraftItem(id, { parentId: editor.parentId, level: editor.level, text, indicators })
        : this.service.updateDraftItem(id, editor.item.id, {
            parentId: editor.item.parentId,
            level: editor.item.level,
            text,
            indicators,
          });
    this.run(change, () => this.editor.set(null));
  }

  protected remove(item: DraftItem): void {
    this.run(this.service.removeDraftItem(this.track().id, item.id));
  }

  protected startComment(item: DraftItem): void {
    this.comment.reset('');
    this.commentingOn.set(item.id);
  }

  protected sendComment(item: DraftItem): void {
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    this.run(this.service.comment(this.track().id, item.id, this.comment.value), () =>
      this.commentingOn.set(null),
    );
  }

  protected resolve(commentId: string): void {
    this.run(this.service.resolveComment(this.track().id, commentId));
  }

  protected submitForReview(): void {
    this.run(this.service.setDraftStatus(this.track().id, 'submitted'));
  }

  protected markReviewed(): void {
    this.run(this.service.setDraftStatus(this.track().id, 'reviewed'));
  }

  private run(change: Observable<CoachingTrackDetail>, done?: () => void): void {
    this.busy.set(true);
    this.error.set(null);
    change.subscribe({
      next: (saved) => {
        this.busy.set(false);
        done?.();
        this.changed.emit(saved);
      },
      error: (failure: unknown) => {
        this.busy.set(false);
        this.error.set(toApiError(failure));
      },
    });
  }
}
