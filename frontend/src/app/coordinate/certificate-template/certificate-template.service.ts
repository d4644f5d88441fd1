import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { CertificateTemplate, CertificateTemplateView } from '@atolye/shared';

const template = (trainingId: string) =>
  `/api/trainings/${encodeURIComponent(trainingId)}/certificate-template`;

/** A training's certificate template, and the address of its preview (the browser opens it itself). */
@Injectable({ providedIn: 'root' })
export class CertificateTemplateService {
  private readonly http = inject(HttpClient);

  get(trainingId: string): Observable<CertificateTemplateView> {
    return this.http.get<CertificateTemplateView>(template(trainingId));
  }

  save(trainingId: string, request: CertificateTemplate): Observable<CertificateTemplateView> {
    return this.http.put<CertificateTemplateView>(template(trainingId), request);
  }

  previewUrl(trainingId: string): string {
    return `${template(trainingId)}/preview.pdf`;
  }
}
