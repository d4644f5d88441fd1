import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { computed } from '@angular/core';
import { PROGRAMME_EVENT_KINDS, type ProgrammeEventKind } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { ScrollRegion } from '../shared/scroll-region';
import { DayRangePipe } from './day-range.pipe';
import { ProgrammeEventsService } from './programme-events.service';
import { LoadState } from '../shared/load-state';

/** The programme's study visits, workshops and conferences, newest first. */
@Component({
  selector: 'app-programme-event-list-page',
  imports: [
    LoadState,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslatePipe,
    CountryNamePipe,
    DayRangePipe,
    ScrollRegion,
  ],
  templateUrl: './programme-event-list-page.html',
  styleUrl: '../shared/list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeEventListPage {
  private readonly service = inject(ProgrammeEventsService);
  protected readonly locale = inject(LanguageService).locale;
  protected readonly kinds = PROGRAMME_EVENT_KINDS;
  protected readonly kind = signal<ProgrammeEventKind | ''>('');
  protected readonly events = rxResource({
    params: () => this.kind(),
    stream: ({ params }) => this.service.list(params),
  });
  protected readonly error = computed(() => {
    const failure = this.events.error();
    return failure ? toApiError(failure) : null;
  });
}
