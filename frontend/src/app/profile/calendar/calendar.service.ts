import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CalendarFeed } from '@atolye/shared';

/** The person's private calendar feed, and single sessions as .ics files. */
@Injectable({ providedIn: 'root' })
export class CalendarService {
  private readonly http = inject(HttpClient);

  feed(): Observable<CalendarFeed> {
    return this.http.get<CalendarFeed>('/api/me/calendar');
  }

  /** A new address; the old one stops working. */
  reset(): Observable<CalendarFeed> {
    return this.http.post<CalendarFeed>('/api/me/calendar/reset', null);
  }
}

/** A session's meetings as one .ics file (a plain link: the browser sends the session cookie). */
export function sessionCalendarUrl(sessionId: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/calendar.ics`;
}
