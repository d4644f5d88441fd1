import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { LogframeDisaggregation, LogframePeriod } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { ErrorBanner } from '../shared/error-banner';
import { LocalisedPipe } from '../shared/localised';
import { refreshableResource } from '../shared/refreshable-resource';
import { LogframeAmountPipe } from './logframe-amount.pipe';
import { LogframePeriodPicker } from './logframe-period';
import { LogframeValueForm } from './logframe-value-form';
import { LogframeService } from './logframe.service';

/**
 * One indicator: its value for the period with the definition it is counted by, its values
 * year by year, its disaggregation, and the values entered by hand with their evidence.
 */
@Component({
  selector: 'app-logframe-indicator-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    ErrorBanner,
    LocalisedPipe,
    LogframeAmountPipe,
    LogframePeriodPicker,
    LogframeValueForm,
  ],
  templateUrl: './logframe-indicator-page.html',
  styleUrl: './logframe-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogframeIndicatorPage {
  private readonly service = inject(LogframeService);
  protected readonly language = inject(LanguageService).current;
  readonly id = input.required<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  private readonly chosen = signal<Partial<LogframePeriod> | null>(null);
  protected readonly detail = refreshableResource({
    params: () => ({ id: this.id(), period: this.chosen() ?? { from: this.from(), to: this.to() } }),
    stream: ({ id, period }) => this.service.indicator(id, period),
  });
  protected readonly error = this.detail.error;

  protected setPeriod(period: Partial<LogframePeriod>): void {
    this.chosen.set(period);
  }

  protected evidenceUrl(valueId: string): string {
    return this.service.evidenceUrl(valueId);
  }

  protected rowLabel(by: LogframeDisaggregation, key: string): string {
    if (by === 'gender') return `genders.${key}`;
    if (by === 'organisation_type') return `organisationTypes.${key}`;
    if (by === 'age_band') return `logframe.ageBands.${key}`;
    return key;
  }
}
