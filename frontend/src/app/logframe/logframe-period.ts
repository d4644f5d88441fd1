import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { DateTime } from 'luxon';
import type { LogframePeriod } from '@atolye/shared';
import { dayValue, isoDay } from '../shared/date-time';

/** The period the logframe's current values are for: two days, both included. */
@Component({
  selector: 'app-logframe-period',
  imports: [MatDatepickerModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <div class="period" role="group" [attr.aria-label]="'logframe.period.label' | translate">
      <mat-form-field class="narrow">
        <mat-label>{{ 'logframe.period.from' | translate }}</mat-label>
        <input
          matInput
          [matDatepicker]="fromPicker"
          [value]="day(period()?.from)"
          (dateChange)="change('from', $event.value)"
        />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
        <mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field class="narrow">
        <mat-label>{{ 'logframe.period.to' | translate }}</mat-label>
        <input
          matInput
          [matDatepicker]="toPicker"
          [value]="day(period()?.to)"
          (dateChange)="change('to', $event.value)"
        />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
        <mat-datepicker #toPicker />
      </mat-form-field>
    </div>
  `,
  styles: `
    .period {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogframePeriodPicker {
  readonly period = input.required<LogframePeriod | null>();
  readonly periodChange = output<Partial<LogframePeriod>>();

  protected day(iso: string | undefined): DateTime | null {
    return dayValue(iso ?? null);
  }

  protected change(bound: 'from' | 'to', value: DateTime | null): void {
    const day = isoDay(value);
    if (day) this.periodChange.emit({ ...this.period(), [bound]: day });
  }
}
