import { FormBuilder, Validators, type AbstractControl, type ValidatorFn } from '@angular/forms';
import type { CapacityDomain, Language, SaveTrainingRequest, TrainingDetail } from '@atolye/shared';
import { atLeastOneModule } from './module-picker';

/** A title is needed in each language the training is offered in (as the API requires). */
function titleFor(language: Language): ValidatorFn {
  return (control: AbstractControl) => {
    const text = String(control.value ?? '').trim();
    const languages: Language[] = control.parent?.get('languages')?.value ?? [];
    if (!text) return languages.includes(language) ? { required: true } : null;
    return text.length < 3 ? { minlength: { requiredLength: 3 } } : null;
  };
}

const atLeastOneLanguage: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { languagesRequired: true };

export function trainingForm(fb: FormBuilder) {
  return fb.nonNullable.group({
    languages: [['en', 'tr'] as Language[], atLeastOneLanguage],
    titleEn: ['', [titleFor('en'), Validators.maxLength(200)]],
    titleTr: ['', [titleFor('tr'), Validators.maxLength(200)]],
    descriptionEn: ['', Validators.maxLength(4000)],
    descriptionTr: ['', Validators.maxLength(4000)],
    modules: [[] as string[], atLeastOneModule],
    capacityDomains: [[] as CapacityDomain[]],
    minAttendancePercent: [80, [Validators.required, Validators.min(0), Validators.max(100)]],
    excusedCountsAsPresent: [false],
    requireAllLessons: [true],
    requireEvaluation: [false],
    passPostTests: [true],
  });
}

export type TrainingForm = ReturnType<typeof trainingForm>;

export function fillTrainingForm(form: TrainingForm, training: TrainingDetail): void {
  form.reset({
    languages: training.languages,
    titleEn: training.title.en ?? '',
    titleTr: training.title.tr ?? '',
    descriptionEn: training.description.en ?? '',
    descriptionTr: training.description.tr ?? '',
    modules: training.modules.map((m) => m.id),
    capacityDomains: training.capacityDomains ?? [],
    minAttendancePercent: training.completionRule.minAttendancePercent,
    excusedCountsAsPresent: training.completionRule.excusedCountsAsPresent ?? false,
    requireAllLessons: training.completionRule.requireAllLessons,
    requireEvaluation: training.completionRule.requireEvaluation,
    passPostTests: training.completionRule.passPostTests ?? false,
  });
}

/** Texts only in the languages the training is offered in; quizzes are not chosen here yet. */
export function trainingRequest(
  form: TrainingForm,
  existing: TrainingDetail | undefined,
): SaveTrainingRequest {
  const v = form.getRawValue();
  const text = (en: string, tr: string) => ({
    ...(en.trim() ? { en: en.trim() } : {}),
    ...(tr.trim() ? { tr: tr.trim() } : {}),
  });
  return {
    languages: v.languages,
    title: text(v.titleEn, v.titleTr),
    description: text(v.descriptionEn, v.descriptionTr),
    moduleVersionIds: v.modules,
    capacityDomains: v.capacityDomains,
    completionRule: {
      minAttendancePercent: Number(v.minAttendancePercent),
      excusedCountsAsPresent: v.excusedCountsAsPresent,
      requireAllLessons: v.requireAllLessons,
      requireEvaluation: v.requireEvaluation,
      passPostTests: v.passPostTests,
      // Kept as they are: required quizzes are not edited in the portal yet.
      requiredQuizzes: existing?.completionRule.requiredQuizzes ?? [],
    },
  };
}
