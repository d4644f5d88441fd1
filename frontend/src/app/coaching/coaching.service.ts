import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type {
  CoachingFigures,
  CoachingTrackDetail,
  CoachingTrackSummary,
  DraftStatus,
  Page,
  PersonSummary,
  SaveCoachingMeetingRequest,
  SaveCoachingTrackRequest,
  SaveDraftItemRequest,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';

const track = (id: string) => `/api/coaching-tracks/${encodeURIComponent(id)}`;
const part = (id: string, path: string, partId: string) =>
  `${track(id)}/${path}/${encodeURIComponent(partId)}`;

/** Coaching tracks, their meetings and the team's project draft. */
@Injectable({ providedIn: 'root' })
export class CoachingService {
  private readonly http = inject(HttpClient);

  list(): Observable<CoachingTrackSummary[]> {
    return this.http.get<CoachingTrackSummary[]>('/api/coaching-tracks');
  }

  mine(): Observable<CoachingTrackSummary[]> {
    return this.http.get<CoachingTrackSummary[]>('/api/my/coaching-tracks');
  }

  get(id: string): Observable<CoachingTrackDetail> {
    return this.http.get<CoachingTrackDetail>(track(id));
  }

  save(id: string | null, request: SaveCoachingTrackRequest): Observable<CoachingTrackDetail> {
    return id
      ? this.http.put<CoachingTrackDetail>(track(id), request)
      : this.http.post<CoachingTrackDetail>('/api/coaching-tracks', request);
  }

  addMeeting(id: string, request: SaveCoachingMeetingRequest): Observable<CoachingTrackDetail> {
    return this.http.post<CoachingTrackDetail>(`${track(id)}/meetings`, request);
  }

  setActionItemDone(id: string, itemId: string, done: boolean): Observable<CoachingTrackDetail> {
    return this.http.put<CoachingTrackDetail>(`${part(id, 'action-items', itemId)}/done`, { done });
  }

  addDraftItem(id: string, request: SaveDraftItemRequest): Observable<CoachingTrackDetail> {
    return this.http.post<CoachingTrackDetail>(`${track(id)}/draft/items`, request);
  }

  updateDraftItem(
    id: string,
    itemId: string,
    request: SaveDraftItemRequest,
  ): Observable<CoachingTrackDetail> {
    return this.http.put<CoachingTrackDetail>(part(id, 'draft/items', itemId), request);
  }

  removeDraftItem(id: string, itemId: string): Observable<CoachingTrackDetail> {
    return this.http.delete<CoachingTrackDetail>(part(id, 'draft/items', itemId));
  }

  comment(id: string, itemId: string, body: string): Observable<CoachingTrackDetail> {
    return this.http.post<CoachingTrackDetail>(`${part(id, 'draft/items', itemId)}/comments`, { body });
  }

  resolveComment(id: string, commentId: string): Observable<CoachingTrackDetail> {
    return this.http.put<CoachingTrackDetail>(`${part(id, 'draft/comments', commentId)}/resolved`, {
      resolved: true,
    });
  }

  setDraftStatus(id: string, status: DraftStatus): Observable<CoachingTrackDetail> {
    return this.http.put<CoachingTrackDetail>(`${track(id)}/draft/status`, { status });
  }

  figures(from: string | null, to: string | null): Observable<CoachingFigures> {
    return this.http.get<CoachingFigures>('/api/reports/coaching', { params: queryParams({ from, to }) });
  }

  /** Enabled people matching a name, email or organisation. */
  searchPeople(q: string): Observable<PersonSummary[]> {
    return this.http
      .get<Page<PersonSummary>>('/api/people', { params: { q, pageSize: 10 } })
      .pipe(map((page) => page.items.filter((p) => !p.disabled)));
  }
}
