import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CertificateSummary } from '@atolye/shared';

/** The signed-in person's own certificates. */
@Injectable({ providedIn: 'root' })
export class MyCertificatesService {
  private readonly http = inject(HttpClient);

  mine(): Observable<CertificateSummary[]> {
    return this.http.get<CertificateSummary[]>('/api/my/certificates');
  }

  /** The PDF's address; the browser downloads it with the session cookie. */
  pdfHref(id: string): string {
    return `/api/certificates/${encodeURIComponent(id)}/pdf`;
  }

  /** The Open Badges 3.0 credential file's address (JSON). */
  credentialHref(id: string): string {
    return `/api/my/certificates/${encodeURIComponent(id)}/credential`;
  }
}
