import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { IndicatorState, IndicatorValue } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { LocalisedPipe } from '../shared/localised';
import { FigureNote } from './figure-note';
import { MeasureValue } from './measure-value';

const STATE_ICONS: Record<IndicatorState, string> = {
  on_track: 'check_circle',
  at_risk: 'schedule',
  off_track: 'error',
};

/** Each logframe indicator: where it stands against its target, in words as well as colour. */
@Component({
  selector: 'app-indicator-cards',
  imports: [
    DatePipe,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalisedPipe,
    MeasureValue,
    FigureNote,
  ],
  templateUrl: './indicator-cards.html',
  styleUrl: './indicator-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorCards {
  readonly indicators = input.required<IndicatorValue[]>();

  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;
  protected readonly stateIcons = STATE_ICONS;

  protected barValue(indicator: IndicatorValue): number {
    return Math.min(100, Math.max(0, indicator.progressPercent ?? 0));
  }
}
