import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CertificateVerification, CredentialCheck } from '@atolye/shared';

/** The public verification endpoints: no account needed. */
@Injectable({ providedIn: 'root' })
export class VerificationService {
  private readonly http = inject(HttpClient);

  byCode(code: string): Observable<CertificateVerification> {
    return this.http.get<CertificateVerification>(`/api/certificates/verify/${encodeURIComponent(code)}`);
  }

  byFile(contentBase64: string): Observable<CertificateVerification> {
    return this.http.post<CertificateVerification>('/api/certificates/verify/file', { contentBase64 });
  }

  /** An Open Badge credential file's text, checked for signature, changes and revocation. */
  byCredential(content: string): Observable<CredentialCheck> {
    return this.http.post<CredentialCheck>('/api/verify/credential', { content });
  }
}
