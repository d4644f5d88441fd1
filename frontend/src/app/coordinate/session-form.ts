import { FormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import type {
  EnrolmentPolicy,
  Language,
  Meeting,
  SaveSessionRequest,
  SessionDetail,
  SessionFormat,
  SessionMode,
} from '@atolye/shared';
import { addDays, localDate, localTime, toIsoInstant } from '../shared/date-time';
import { countryCode, website } from '../shared/validators';

export function meetingGroup(fb: FormBuilder, meeting?: Partial<Meeting> & { date?: string }) {
  return fb.nonNullable.group({
    id: [meeting?.id ?? ''],
    date: [meeting?.startsAt ? localDate(meeting.startsAt) : (meeting?.date ?? ''), Validators.required],
    start: [meeting?.startsAt ? localTime(meeting.startsAt) : '09:30', Validators.required],
    end: [meeting?.endsAt ? localTime(meeting.endsAt) : '12:30', Validators.required],
    topic: [meeting?.topic ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    location: [meeting?.location ?? '', Validators.maxLength(200)],
  });
}

export type MeetingGroup = ReturnType<typeof meetingGroup>;

/** A new session's form: enrolment open from now for two weeks, a first meeting a week after. */
export function sessionForm(fb: FormBuilder) {
  const now = new Date();
  return fb.nonNullable.group({
    trainingId: ['', Validators.required],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    format: ['course' as SessionFormat, Validators.required],
    mode: ['in_person' as SessionMode, Validators.required],
    language: ['en' as Language, Validators.required],
    venue: ['', Validators.maxLength(300)],
    meetingLink: ['', [website, Validators.maxLength(500)]],
    city: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
    country: ['TR', [Validators.required, countryCode]],
    capacity: [25, [Validators.required, Validators.min(1), Validators.max(2000)]],
    opensDate: [localDate(now), Validators.required],
    opensTime: [localTime(now), Validators.required],
    closesDate: [localDate(addDays(now, 14)), Validators.required],
    closesTime: ['17:00', Validators.required],
    enrolmentPolicy: ['automatic' as EnrolmentPolicy, Validators.required],
    trainerIds: [[] as string[]],
    meetings: fb.array([meetingGroup(fb, { date: localDate(addDays(now, 21)) })]),
  });
}

export type SessionForm = ReturnType<typeof sessionForm>;

export function fillSessionForm(fb: FormBuilder, form: SessionForm, session: SessionDetail): void {
  form.controls.meetings.clear();
  for (const meeting of session.meetings) form.controls.meetings.push(meetingGroup(fb, meeting));
  form.reset({
    trainingId: session.trainingId,
    title: session.title,
    format: session.format,
    mode: session.mode,
    language: session.language,
    venue: session.venue ?? '',
    meetingLink: session.meetingLink ?? '',
    city: session.city,
    country: session.country,
    capacity: session.capacity,
    opensDate: localDate(session.enrolmentOpensAt),
    opensTime: localTime(session.enrolmentOpensAt),
    closesDate: localDate(session.enrolmentClosesAt),
    closesTime: localTime(session.enrolmentClosesAt),
    enrolmentPolicy: session.enrolmentPolicy,
    trainerIds: session.trainers.map((t) => t.id),
  });
}

/**
 * Marks what depends on more than one field (as the API checks it): the enrolment window in
 * order, each meeting ending after it starts, a venue unless online, a link unless in person.
 */
export function checkSessionForm(form: SessionForm): void {
  const v = form.getRawValue();
  const mark = (control: AbstractControl, error: ValidationErrors) => {
    control.setErrors({ ...(control.errors ?? {}), ...error });
    control.markAsTouched();
  };
  const opens = toIsoInstant(v.opensDate, v.opensTime);
  const closes = toIsoInstant(v.closesDate, v.closesTime);
  if (opens && closes && closes <= opens) mark(form.controls.closesDate, { closesBeforeOpens: true });
  form.controls.meetings.controls.forEach((meeting) => {
    const m = meeting.getRawValue();
    const starts = toIsoInstant(m.date, m.start);
    const ends = toIsoInstant(m.date, m.end);
    if (starts && ends && ends <= starts) mark(meeting.controls.end, { endBeforeStart: true });
  });
  if (v.mode !== 'online' && !v.venue.trim()) mark(form.controls.venue, { required: true });
  if (v.mode !== 'in_person' && !v.meetingLink.trim()) mark(form.controls.meetingLink, { required: true });
}

export function sessionRequest(form: SessionForm): SaveSessionRequest {
  const v = form.getRawValue();
  return {
    trainingId: v.trainingId,
    title: v.title.trim(),
    format: v.format,
    mode: v.mode,
    language: v.language,
    venue: v.mode === 'online' ? null : v.venue.trim() || null,
    meetingLink: v.mode === 'in_person' ? null : v.meetingLink.trim() || null,
    city: v.city.trim(),
    country: v.country.trim().toUpperCase(),
    capacity: Number(v.capacity),
    enrolmentOpensAt: toIsoInstant(v.opensDate, v.opensTime) ?? '',
    enrolmentClosesAt: toIsoInstant(v.closesDate, v.closesTime) ?? '',
    enrolmentPolicy: v.enrolmentPolicy,
    trainerIds: v.trainerIds,
    meetings: v.meetings.map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      startsAt: toIsoInstant(m.date, m.start) ?? '',
      endsAt: toIsoInstant(m.date, m.end) ?? '',
      topic: m.topic.trim(),
      location: m.location.trim() || null,
    })),
  };
}
