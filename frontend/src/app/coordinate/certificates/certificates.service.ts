import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  CertificateJob,
  CertificateSummary,
  EnrolmentCompletion,
  IssueCertificateRequest,
  ReissueCertificateRequest,
} from '@atolye/shared';

const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;
const certificate = (id: string) => `/api/certificates/${encodeURIComponent(id)}`;

/** Addresses the browser downloads itself (the session cookie goes with them). */
export const certificateLinks = {
  preview: (enrolmentId: string) =>
    `/api/enrolments/${encodeURIComponent(enrolmentId)}/certificate-preview.pdf`,
  pdf: (certificateId: string) => `${certificate(certificateId)}/pdf`,
  zip: (sessionId: string) => `${session(sessionId)}/certificates.zip`,
};

/** Completion, issuing, revoking and re-issuing a session's certificates, as coordinators do. */
@Injectable({ providedIn: 'root' })
export class CertificatesService {
  private readonly http = inject(HttpClient);

  completion(sessionId: string): Observable<EnrolmentCompletion[]> {
    return this.http.get<EnrolmentCompletion[]>(`${session(sessionId)}/completion`);
  }

  ofSession(sessionId: string): Observable<CertificateSummary[]> {
    return this.http.get<CertificateSummary[]>(`${session(sessionId)}/certificates`);
  }

  issue(request: IssueCertificateRequest): Observable<CertificateSummary> {
    return this.http.post<CertificateSummary>('/api/certificates', request);
  }

  startJob(sessionId: string): Observable<CertificateJob> {
    return this.http.post<CertificateJob>(`${session(sessionId)}/certificate-jobs`, null);
  }

  job(id: string): Observable<CertificateJob> {
    return this.http.get<CertificateJob>(`/api/certificate-jobs/${encodeURIComponent(id)}`);
  }

  revoke(id: string, reason: string): Observable<CertificateSummary> {
    return this.http.post<CertificateSummary>(`${certificate(id)}/revoke`, { reason });
  }

  reissue(id: string, request: ReissueCertificateRequest): Observable<CertificateSummary> {
    return this.http.post<CertificateSummary>(`${certificate(id)}/reissue`, request);
  }
}
