import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { can, type CalendarFeed } from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { problem } from '../common/api-problem';
import { PeopleRepository } from '../people/people.repository';
import { CalendarRepository } from './calendar.repository';
import { renderIcs } from '../common/ics';

/** iCalendar files: a person's private feed of all their meetings, and one file per session. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly calendar: CalendarRepository,
    private readonly people: PeopleRepository,
  ) {}

  async feed(caller: SignedInPerson): Promise<CalendarFeed> {
    const token = await this.people.calendarTokenOf(caller.id);
    return { url: this.feedUrl(token ?? (await this.newToken(caller.id))) };
  }

  /** A new secret address; the old one stops working at once. */
  async resetFeed(caller: SignedInPerson): Promise<CalendarFeed> {
    return { url: this.feedUrl(await this.newToken(caller.id)) };
  }

  async personFeed(token: string): Promise<string> {
    const person = token.length >= 20 ? await this.people.findByCalendarToken(token) : null;
    if (!person) throw new NotFoundException('This calendar address is not valid (it may have been reset)');
    const meetings = await this.calendar.meetingsOfPerson(person.id);
    const events = await this.calendar.programmeEventsOfPerson(person.id);
    const coaching = await this.calendar.coachingMeetingsOfPerson(person.id);
    return renderIcs(this.config.publicUrl, `Atölye — ${person.full_name}`, meetings, null, events, coaching);
  }

  /** A session's meetings, for its trainees, its trainers and coordinators. */
  async sessionFile(caller: SignedInPerson, sessionId: string): Promise<{ title: string; ics: string }> {
    const session = await this.calendar.session(sessionId);
    if (!session) throw new NotFoundException('No session with this id');
    const enrolment = await this.calendar.liveEnrolmentStatus(sessionId, caller.id);
    const organiser = session.trainer_ids.includes(caller.id) || can(caller.roles, 'sessions.manage');
    if (!enrolment && !organiser) {
      throw new ForbiddenException(problem('session.notYourSession', 'You are not in this session'));
    }
    const meetings = await this.calendar.meetingsOfSession(sessionId);
    // Someone waiting for approval or for a seat gets the dates, not the online meeting's address.
    const holdsSeat = organiser || ['enrolled', 'completed'].includes(enrolment as string);
    const shown = holdsSeat ? meetings : meetings.map((m) => ({ ...m, meeting_link: null }));
    return {
      title: session.title,
      ics: renderIcs(this.config.publicUrl, session.title, shown, session.time_zone),
    };
  }

  private feedUrl(token: string): string {
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }

  private async newToken(personId: string): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.people.setCalendarToken(personId, token);
    return token;
  }
}
