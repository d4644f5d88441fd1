import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { MailPreferences, NotificationList } from '@atolye/shared';

/** The signed-in person's notifications and optional mails. */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);

  list(): Observable<NotificationList> {
    return this.http.get<NotificationList>('/api/my/notifications');
  }

  markRead(id: string): Observable<void> {
    return this.http.post<void>(`/api/my/notifications/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>('/api/my/notifications/read', null);
  }

  preferences(): Observable<MailPreferences> {
    return this.http.get<MailPreferences>('/api/me/mail-preferences');
  }

  savePreferences(preferences: MailPreferences): Observable<MailPreferences> {
    return this.http.put<MailPreferences>('/api/me/mail-preferences', preferences);
  }

  unsubscribe(token: string, kind: string): Observable<void> {
    return this.http.post<void>('/api/unsubscribe', { token, kind });
  }
}
