import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { GiftConversion, GiftConversionRequest } from '@atolye/shared';

/** Moodle GIFT in the portal: quiz files from GIFT, and published quizzes as GIFT. */
@Injectable({ providedIn: 'root' })
export class GiftService {
  private readonly http = inject(HttpClient);

  convert(request: GiftConversionRequest): Observable<GiftConversion> {
    return this.http.post<GiftConversion>('/api/quiz-files/from-gift', request);
  }
}
