import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { EVALUATION_CRITERIA } from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { LanguageService } from '../../core/language.service';
import { TeachingService } from '../teaching.service';
import { SessionEvaluationsService } from './evaluations.service';
import { type SessionArea, sessionsPath } from '../attendance/area';
import { LoadState } from '../../shared/load-state';

/** The participants' evaluations of a session: the average of each criterion, and their comments. */
@Component({
  selector: 'app-evaluations-page',
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    LoadState,
  ],
  templateUrl: './evaluations-page.html',
  styleUrl: './evaluations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationsPage {
  private readonly service = inject(SessionEvaluationsService);
  private readonly teaching = inject(TeachingService);
  protected readonly locale = inject(LanguageService).locale;

  /** The session id, from the address. */
  readonly id = input.required<string>();
  readonly area = input<SessionArea>();

  protected readonly criteria = EVALUATION_CRITERIA;
  protected readonly session = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.teaching.session(params),
  });
  protected readonly evaluations = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.forSession(params),
  });
  protected readonly error = computed(() => {
    const failure = this.evaluations.error() ?? this.session.error();
    return failure ? toApiError(failure) : null;
  });
  protected readonly sessionLink = computed(() => [sessionsPath(this.area()), this.id()]);

  /** Width of an average's bar, as a share of the 5-point scale. */
  protected share(average: number | null): number {
    return average === null ? 0 : (100 * average) / 5;
  }
}
