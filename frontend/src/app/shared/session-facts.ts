import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { SessionSummary } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { CountryNamePipe } from './country-name.pipe';
import { LocalisedPipe } from './localised';

/** What a session is: training, format, mode, place, seats, enrolment window and trainers. */
@Component({
  selector: 'app-session-facts',
  imports: [DatePipe, TranslatePipe, CountryNamePipe, LocalisedPipe],
  templateUrl: './session-facts.html',
  styleUrl: './session-facts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionFacts {
  private readonly languageService = inject(LanguageService);
  protected readonly locale = this.languageService.locale;
  protected readonly language = this.languageService.current;

  readonly session = input.required<SessionSummary>();
}
