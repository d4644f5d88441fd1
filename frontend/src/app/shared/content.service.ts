import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { Language, LessonContent, ModuleVersionDetail, ModuleVersionSummary } from '@atolye/shared';

const path = (slug: string, version: string) =>
  `/api/modules/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}`;

/** Published module versions, as trainers and coordinators preview them and build trainings. */
@Injectable({ providedIn: 'root' })
export class ContentService {
  private readonly http = inject(HttpClient);

  modules(): Observable<ModuleVersionSummary[]> {
    return this.http.get<ModuleVersionSummary[]>('/api/modules');
  }

  module(slug: string, version: string): Observable<ModuleVersionDetail> {
    return this.http.get<ModuleVersionDetail>(path(slug, version));
  }

  lesson(slug: string, version: string, lessonSlug: string, lang: Language): Observable<LessonContent> {
    return this.http.get<LessonContent>(`${path(slug, version)}/lessons/${encodeURIComponent(lessonSlug)}`, {
      params: { lang },
    });
  }
}
