import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import type { ApiErrorBody, MyFollowUp, SurveyAnswers } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { ErrorBanner } from '../../shared/error-banner';
import { FORM_FIELD_PROVIDERS } from '../../shared/form-field-providers';
import { LocalisedPipe } from '../../shared/localised';
import { FollowUpService } from './follow-up.service';
import { LoadState } from '../../shared/load-state';

/** The follow-up survey of one enrolment, drawn from its published questions; answered once per wave. */
@Component({
  selector: 'app-follow-up-page',
  providers: FORM_FIELD_PROVIDERS,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LoadState,
    MatRadioModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
  ],
  templateUrl: './follow-up-page.html',
  styleUrl: './follow-up-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpPage {
  private readonly service = inject(FollowUpService);
  protected readonly language = inject(LanguageService).current;

  readonly enrolmentId = input.required<string>();

  private readonly loaded = rxResource({
    params: () => this.enrolmentId(),
    stream: ({ params }) => this.service.state(params),
  });
  protected readonly state = linkedSignal<MyFollowUp | undefined>(() =>
    this.loaded.hasValue() ? this.loaded.value() : undefined,
  );
  protected readonly loadError = computed(() => {
    const failure = this.loaded.error();
    return failure ? toApiError(failure) : null;
  });

  protected readonly answers = signal<SurveyAnswers>({});
  protected readonly missing = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);

  protected setText(id: string, value: string): void {
    this.answers.update((a) => ({ ...a, [id]: value }));
  }

  protected toggle(id: string, option: string, checked: boolean): void {
    this.answers.update((a) => {
      const chosen = ((a[id] as string[] | undefined) ?? []).filter((o) => o !== option);
      return { ...a, [id]: checked ? [...chosen, option] : chosen };
    });
  }

  protected chosen(id: string, option: string): boolean {
    return ((this.answers()[id] as string[] | undefined) ?? []).includes(option);
  }

  protected submit(): void {
    const state = this.state();
    if (!state) return;
    const answers = Object.fromEntries(
      Object.entries(this.answers())
        .map(([id, value]) => [id, typeof value === 'string' ? value.trim() : value] as const)
        .filter(([, value]) => value.length > 0),
    );
    const missing = state.survey.questions.filter((q) => q.required && !answers[q.id]).map((q) => q.id);
    this.missing.set(missing);
    if (missing.length) return;
    this.busy.set(true);
    this.error.set(null);
    this.service
      .submit(this.enrolmentId(), { answers })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (next) => this.state.set(next),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          // Answered already (e.g. in another tab): show the thank-you rather than an error.
          if (body.statusCode === 409) this.state.set({ ...state, answered: true });
          else this.error.set(body);
        },
      });
  }
}
