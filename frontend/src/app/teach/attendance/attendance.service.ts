import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type {
  AddWalkInRequest,
  AttendanceMark,
  AttendanceSheet,
  CheckInCode,
  Page,
  PersonSummary,
  WalkInOrganisationChoice,
} from '@atolye/shared';

const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;
const meeting = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/** Attendance of one session: the sheet, marking a meeting, walk-ins and the check-in code. */
@Injectable({ providedIn: 'root' })
export class AttendanceService {
  private readonly http = inject(HttpClient);

  sheet(sessionId: string): Observable<AttendanceSheet> {
    return this.http.get<AttendanceSheet>(`${session(sessionId)}/attendance`);
  }

  /** Saves every mark of one meeting in one request. */
  mark(meetingId: string, marks: AttendanceMark[]): Observable<AttendanceSheet> {
    return this.http.put<AttendanceSheet>(`${meeting(meetingId)}/attendance`, { marks });
  }

  addWalkIn(sessionId: string, request: AddWalkInRequest): Observable<AttendanceSheet> {
    return this.http.post<AttendanceSheet>(`${session(sessionId)}/walk-ins`, request);
  }

  /** Without a person, the walk-in's email finds or creates the account (coordinators only). */
  mergeWalkIn(
    walkInId: string,
    personId?: string,
    organisation?: WalkInOrganisationChoice,
  ): Observable<AttendanceSheet> {
    return this.http.post<AttendanceSheet>(`/api/walk-ins/${encodeURIComponent(walkInId)}/merge`, {
      ...(personId ? { personId } : {}),
      ...(organisation ? { organisation } : {}),
    });
  }

  checkInCode(meetingId: string): Observable<CheckInCode> {
    return this.http.get<CheckInCode>(`${meeting(meetingId)}/check-in-code`);
  }

  searchPeople(q: string): Observable<PersonSummary[]> {
    return this.http
      .get<Page<PersonSummary>>('/api/people', { params: { q, pageSize: 10 } })
      .pipe(map((page) => page.items));
  }

  /** Downloads are plain links: the browser sends the session cookie itself. */
  exportUrl(sessionId: string, format: 'csv' | 'xlsx'): string {
    return `${session(sessionId)}/attendance.${format}`;
  }

  signInSheetUrl(meetingId: string): string {
    return `${meeting(meetingId)}/sign-in-sheet.pdf`;
  }
}
