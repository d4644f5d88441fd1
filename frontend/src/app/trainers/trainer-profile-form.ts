import { FormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import type { DateTime } from 'luxon';
import type { SaveTrainerProfileRequest, TrainerProfile } from '@atolye/shared';
import { dayValue, isoDay } from '../shared/date-time';

/** A period's end may not come before its start. */
function endNotBeforeStart(group: AbstractControl): ValidationErrors | null {
  const from = isoDay(group.get('from')?.value);
  const to = isoDay(group.get('to')?.value);
  if (from && to && to < from) {
    group.get('to')?.setErrors({ ...(group.get('to')?.errors ?? {}), endBeforeStart: true });
  }
  return null;
}

export function periodGroup(fb: FormBuilder, period?: { from: string; to: string }) {
  return fb.nonNullable.group(
    {
      from: [dayValue(period?.from) as DateTime | null, Validators.required],
      to: [dayValue(period?.to) as DateTime | null, Validators.required],
    },
    { validators: endNotBeforeStart },
  );
}

export function trainerProfileForm(fb: FormBuilder) {
  return fb.nonNullable.group({
    expertiseAreas: [[] as string[]],
    languages: [[] as string[]],
    availabilityNote: ['', Validators.maxLength(500)],
    availablePeriods: fb.array([] as ReturnType<typeof periodGroup>[]),
  });
}

export type TrainerProfileForm = ReturnType<typeof trainerProfileForm>;

export function fillTrainerProfileForm(
  fb: FormBuilder,
  form: TrainerProfileForm,
  profile: TrainerProfile,
): void {
  form.controls.availablePeriods.clear();
  for (const period of profile.availablePeriods) form.controls.availablePeriods.push(periodGroup(fb, period));
  form.patchValue({
    expertiseAreas: profile.expertiseAreas,
    languages: profile.languages,
    availabilityNote: profile.availabilityNote ?? '',
  });
  form.markAsPristine();
}

export function trainerProfileRequest(form: TrainerProfileForm): SaveTrainerProfileRequest {
  const value = form.getRawValue();
  return {
    expertiseAreas: value.expertiseAreas,
    languages: value.languages,
    availabilityNote: value.availabilityNote.trim() || null,
    availablePeriods: value.availablePeriods.map((p) => ({
      from: isoDay(p.from) ?? '',
      to: isoDay(p.to) ?? '',
    })),
  };
}

/** `availablePeriods.0.to` from the API is the form's own path. */
export const profileControlPath = (field: string) => field;
