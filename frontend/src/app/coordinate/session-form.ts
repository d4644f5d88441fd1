import { FormBuilder, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import type { DateTime } from 'luxon';
import {
  DEFAULT_TIME_ZONE,
  type EnrolmentPolicy,
  type Language,
  type Meeting,
  type SaveSessionRequest,
  type SessionDetail,
  type SessionFormat,
  type SessionMode,
} from '@atolye/shared';
import { addDays, timeValue, toInstant, wallClock } from '../shared/date-time';
import { countryCode, website } from '../shared/validators';

/**
 * A meeting's row. Its day and times are on the wall clock of the session's zone: `zone` reads
 * an existing meeting's instants there.
 */
export function meetingGroup(
  fb: FormBuilder,
  meeting?: Partial<Meeting> & { date?: DateTime | null },
  zone: string = DEFAULT_TIME_ZONE,
) {
  const start = meeting?.startsAt ? wallClock(meeting.startsAt, zone) : null;
  return fb.nonNullable.group({
    id: [meeting?.id ?? ''],
    date: [start?.day ?? meeting?.date ?? (null as DateTime | null), Validators.required],
    start: [start?.time ?? (timeValue('09:30') as DateTime | null), Validators.required],
    end: [
      meeting?.endsAt ? wallClock(meeting.endsAt, zone).time : (timeValue('12:30') as DateTime | null),
      Validators.required,
    ],
    topic: [meeting?.topic ?? '', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    location: [meeting?.location ?? '', Validators.maxLength(200)],
  });
}

export type MeetingGroup = ReturnType<typeof meetingGroup>;

/** A new session's form: enrolment open from now for two weeks, a first meeting a week after. */
export function sessionForm(fb: FormBuilder) {
  const now = wallClock(new Date(), DEFAULT_TIME_ZONE);
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
    timeZone: [DEFAULT_TIME_ZONE, Validators.required],
    capacity: [25, [Validators.required, Validators.min(1), Validators.max(2000)]],
    opensDate: [now.day as DateTime | null, Validators.required],
    opensTime: [now.time as DateTime | null, Validators.required],
    closesDate: [addDays(now.day, 14) as DateTime | null, Validators.required],
    closesTime: [timeValue('17:00') as DateTime | null, Validators.required],
    enrolmentPolicy: ['automatic' as EnrolmentPolicy, Validators.required],
    trainerIds: [[] as string[]],
    meetings: fb.array([meetingGroup(fb, { date: addDays(now.day, 21) })]),
  });
}

export type SessionForm = ReturnType<typeof sessionForm>;

export function fillSessionForm(fb: FormBuilder, form: SessionForm, session: SessionDetail): void {
  const zone = session.timeZone;
  form.controls.meetings.clear();
  for (const meeting of session.meetings) form.controls.meetings.push(meetingGroup(fb, meeting, zone));
  const opens = wallClock(session.enrolmentOpensAt, zone);
  const closes = wallClock(session.enrolmentClosesAt, zone);
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
    timeZone: zone,
    capacity: session.capacity,
    opensDate: opens.day,
    opensTime: opens.time,
    closesDate: closes.day,
    closesTime: closes.time,
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
  const opens = toInstant(v.opensDate, v.opensTime, v.timeZone);
  const closes = toInstant(v.closesDate, v.closesTime, v.timeZone);
  if (opens && closes && closes <= opens) mark(form.controls.closesDate, { closesBeforeOpens: true });
  form.controls.meetings.controls.forEach((meeting) => {
    const m = meeting.getRawValue();
    const starts = toInstant(m.date, m.start, v.timeZone);
    const ends = toInstant(m.date, m.end, v.timeZone);
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
    timeZone: v.timeZone,
    capacity: Number(v.capacity),
    enrolmentOpensAt: toInstant(v.opensDate, v.opensTime, v.timeZone) ?? '',
    enrolmentClosesAt: toInstant(v.closesDate, v.closesTime, v.timeZone) ?? '',
    enrolmentPolicy: v.enrolmentPolicy,
    trainerIds: v.trainerIds,
    meetings: v.meetings.map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      startsAt: toInstant(m.date, m.start, v.timeZone) ?? '',
      endsAt: toInstant(m.date, m.end, v.timeZone) ?? '',
      topic: m.topic.trim(),
      location: m.location.trim() || null,
    })),
  };
}
