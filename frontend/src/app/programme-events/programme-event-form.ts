import { FormBuilder, Validators } from '@angular/forms';
import type { DateTime } from 'luxon';
import {
  type Gender,
  type ProgrammeEventDetail,
  type ProgrammeEventKind,
  type SaveProgrammeEventRequest,
} from '@atolye/shared';
import { dayValue, isoDay } from '../shared/date-time';
import { countryCode } from '../shared/validators';

export function agendaGroup(fb: FormBuilder, item?: ProgrammeEventDetail['agenda'][number]) {
  return fb.nonNullable.group({
    day: [dayValue(item?.day) as DateTime | null, Validators.required],
    time: [item?.time ?? ''],
    title: [item?.title ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    place: [item?.place ?? '', Validators.maxLength(200)],
  });
}

export function costGroup(fb: FormBuilder, cost?: ProgrammeEventDetail['costs'][number]) {
  return fb.nonNullable.group({
    item: [cost?.item ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    amountEur: [cost?.amountEur ?? (null as number | null), [Validators.required, Validators.min(0)]],
  });
}

export function speakerGroup(fb: FormBuilder, speaker?: ProgrammeEventDetail['speakers'][number]) {
  return fb.nonNullable.group({
    fullName: [
      speaker?.fullName ?? '',
      [Validators.required, Validators.minLength(2), Validators.maxLength(120)],
    ],
    gender: [speaker?.gender ?? ('undeclared' as Gender), Validators.required],
    organisation: [speaker?.organisation ?? '', Validators.maxLength(200)],
    topic: [speaker?.topic ?? '', Validators.maxLength(200)],
  });
}

export function actionGroup(fb: FormBuilder, action?: ProgrammeEventDetail['followUpActions'][number]) {
  return fb.nonNullable.group({
    id: [action?.id ?? ''],
    description: [
      action?.description ?? '',
      [Validators.required, Validators.minLength(3), Validators.maxLength(500)],
    ],
    ownerId: [action?.ownerId ?? '', Validators.required],
    dueOn: [dayValue(action?.dueOn) as DateTime | null, Validators.required],
    done: [action?.done ?? false],
  });
}

export function programmeEventForm(fb: FormBuilder) {
  return fb.nonNullable.group({
    kind: ['study_visit' as ProgrammeEventKind, Validators.required],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    description: ['', Validators.maxLength(4000)],
    startsOn: [null as DateTime | null, Validators.required],
    endsOn: [null as DateTime | null, Validators.required],
    city: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
    country: ['', [Validators.required, countryCode]],
    hostOrganisations: [[] as string[]],
    agenda: fb.array([] as ReturnType<typeof agendaGroup>[]),
    costs: fb.array([] as ReturnType<typeof costGroup>[]),
    speakers: fb.array([] as ReturnType<typeof speakerGroup>[]),
    followUpActions: fb.array([] as ReturnType<typeof actionGroup>[]),
  });
}

export type ProgrammeEventForm = ReturnType<typeof programmeEventForm>;

export function fillProgrammeEventForm(
  fb: FormBuilder,
  form: ProgrammeEventForm,
  event: ProgrammeEventDetail,
): void {
  const c = form.controls;
  c.agenda.clear();
  event.agenda.forEach((item) => c.agenda.push(agendaGroup(fb, item)));
  c.costs.clear();
  event.costs.forEach((cost) => c.costs.push(costGroup(fb, cost)));
  c.speakers.clear();
  event.speakers.forEach((speaker) => c.speakers.push(speakerGroup(fb, speaker)));
  c.followUpActions.clear();
  event.followUpActions.forEach((action) => c.followUpActions.push(actionGroup(fb, action)));
  form.patchValue({
    kind: event.kind,
    title: event.title,
    description: event.description ?? '',
    startsOn: dayValue(event.startsOn),
    endsOn: dayValue(event.endsOn),
    city: event.city,
    country: event.country,
    hostOrganisations: event.hostOrganisations,
  });
  form.markAsPristine();
}

export function programmeEventRequest(
  form: ProgrammeEventForm,
  participantIds: string[],
): SaveProgrammeEventRequest {
  const v = form.getRawValue();
  const text = (value: string) => value.trim() || null;
  return {
    kind: v.kind,
    title: v.title,
    description: text(v.description),
    startsOn: isoDay(v.startsOn) ?? '',
    endsOn: isoDay(v.endsOn) ?? '',
    city: v.city,
    country: v.country.toUpperCase(),
    hostOrganisations: v.hostOrganisations,
    agenda: v.agenda.map((a) => ({
      day: isoDay(a.day) ?? '',
      time: text(a.time),
      title: a.title,
      place: text(a.place),
    })),
    costs: v.costs.map((c) => ({ item: c.item, amountEur: c.amountEur ?? 0 })),
    speakers:
      v.kind === 'study_visit'
        ? []
        : v.speakers.map((s) => ({ ...s, organisation: text(s.organisation), topic: text(s.topic) })),
    participantIds,
    followUpActions: v.followUpActions.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      description: a.description,
      ownerId: a.ownerId,
      dueOn: isoDay(a.dueOn) ?? '',
      done: a.done,
    })),
  };
}
