import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { SessionSummary } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { CountryNamePipe } from './country-name.pipe';
import { LocalisedPipe } from './localised';
import { ZonedMomentPipe, ZonedTime } from './zoned-time.pipes';

/** What a session is: training, format, mode, place and zone, seats, enrolment window and trainers. */
@Component({
  selector: 'app-session-facts',
  imports: [TranslatePipe, CountryNamePipe, LocalisedPipe, ZonedMomentPipe],
  templateUrl: './session-facts.html',
  styleUrl: './session-facts.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionFacts {
  private readonly languageService = inject(LanguageService);
  private readonly zoned = inject(ZonedTime);
  protected readonly locale = this.languageService.locale;
  protected readonly language = this.languageService.current;

  readonly session = input.required<SessionSummary>();
  protected readonly zoneName = computed(() => this.zoned.zoneName(this.session().timeZone, this.language()));
}
