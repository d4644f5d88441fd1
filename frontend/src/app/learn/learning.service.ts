import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  CatalogueTraining,
  EnrolmentLearning,
  EnrolmentSummary,
  Language,
  LessonContent,
  MyEnrolment,
  Progress,
  SessionMode,
} from '@atolye/shared';
import { queryParams } from '../core/query-params';

export interface CatalogueFilters {
  q: string;
  topic: string;
  language: Language | '';
  mode: SessionMode | '';
  city: string;
  /** YYYY-MM-DD */
  from: string;
}

const mine = (enrolmentId: string) => `/api/my/enrolments/${encodeURIComponent(enrolmentId)}`;

/** A trainee's side: the catalogue, enrolling and withdrawing, and their reading path. */
@Injectable({ providedIn: 'root' })
export class LearningService {
  private readonly http = inject(HttpClient);

  catalogue(filters: CatalogueFilters): Observable<CatalogueTraining[]> {
    return this.http.get<CatalogueTraining[]>('/api/catalogue', { params: queryParams({ ...filters }) });
  }

  catalogueTraining(trainingId: string): Observable<CatalogueTraining> {
    return this.http.get<CatalogueTraining>(`/api/catalogue/${encodeURIComponent(trainingId)}`);
  }

  enrol(sessionId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(`/api/sessions/${encodeURIComponent(sessionId)}/enrol`, null);
  }

  withdraw(enrolmentId: string): Observable<EnrolmentSummary> {
    return this.http.post<EnrolmentSummary>(
      `/api/enrolments/${encodeURIComponent(enrolmentId)}/withdraw`,
      null,
    );
  }

  myEnrolments(): Observable<MyEnrolment[]> {
    return this.http.get<MyEnrolment[]>('/api/my/enrolments');
  }

  learning(enrolmentId: string): Observable<EnrolmentLearning> {
    return this.http.get<EnrolmentLearning>(`${mine(enrolmentId)}/learning`);
  }

  lesson(enrolmentId: string, lessonId: string, lang: Language): Observable<LessonContent> {
    return this.http.get<LessonContent>(`${mine(enrolmentId)}/lessons/${encodeURIComponent(lessonId)}`, {
      params: { lang },
    });
  }

  complete(enrolmentId: string, lessonId: string): Observable<Progress> {
    return this.http.put<Progress>(
      `${mine(enrolmentId)}/lessons/${encodeURIComponent(lessonId)}/complete`,
      null,
    );
  }
}
