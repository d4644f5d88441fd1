import {
  DestroyRef,
  Injectable,
  effect,
  inject,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
  type Provider,
} from '@angular/core';
import { provideLuxonDateAdapter } from '@angular/material-luxon-adapter';
import { DateAdapter, MAT_DATE_LOCALE } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../core/language.service';

/** The date picker's labels (read by screen readers) in the portal's language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    const subscription = this.translate.onLangChange.subscribe(() => this.update());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    this.update();
  }

  override formatYearRange(start: string, end: string): string {
    return `${start} – ${end}`;
  }

  private update(): void {
    const t = (key: string) => this.translate.instant(`time.picker.${key}`);
    this.calendarLabel = t('calendar');
    this.openCalendarLabel = t('open');
    this.closeCalendarLabel = t('close');
    this.prevMonthLabel = t('prevMonth');
    this.nextMonthLabel = t('nextMonth');
    this.prevYearLabel = t('prevYear');
    this.nextYearLabel = t('nextYear');
    this.prevMultiYearLabel = t('prevYears');
    this.nextMultiYearLabel = t('nextYears');
    this.switchToMonthViewLabel = t('chooseDate');
    this.switchToMultiYearViewLabel = t('chooseMonthYear');
    this.changes.next();
  }
}

/**
 * Date fields in the portal's language, not the browser's: Material's date picker on Luxon with
 * the portal's locale (dd.mm.yyyy in Turkish, dd/mm/yyyy in English), following a switch of
 * language at once. Added by the areas that have date fields, so Luxon stays out of the others.
 */
export const DATE_INPUT_PROVIDERS: (Provider | EnvironmentProviders)[] = [
  provideLuxonDateAdapter(),
  { provide: MAT_DATE_LOCALE, useFactory: () => inject(LanguageService).locale() },
  { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  provideEnvironmentInitializer(() => {
    const adapter = inject(DateAdapter);
    const locale = inject(LanguageService).locale;
    effect(() => adapter.setLocale(locale()));
  }),
];
