import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';
import type { PersonSummary } from '@atolye/shared';
import { CoachingService } from './coaching.service';

/** A field that suggests people by name, email or organisation and hands on the one chosen. */
@Component({
  selector: 'app-person-search',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `<mat-form-field class="wide">
    <mat-label>{{ label() | translate }}</mat-label>
    <input matInput [formControl]="search" [matAutocomplete]="people" autocomplete="off" />
    <mat-hint>{{ 'coaching.searchHint' | translate }}</mat-hint>
    <mat-autocomplete #people="matAutocomplete" (optionSelected)="choose($event)">
      @for (person of suggestions(); track person.id) {
        <mat-option [value]="person">
          {{ person.fullName }}
          @if (person.organisation) {
            · {{ person.organisation.name }}
          }
        </mat-option>
      }
    </mat-autocomplete>
  </mat-form-field>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonSearch {
  private readonly service = inject(CoachingService);
  /** Translation key of the field's label. */
  readonly label = input.required<string>();
  readonly picked = output<PersonSummary>();

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly suggestions = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q) =>
        typeof q === 'string' && q.trim().length >= 2
          ? // A failed suggestion request only means no suggestions.
            this.service.searchPeople(q.trim()).pipe(catchError(() => of([] as PersonSummary[])))
          : of([] as PersonSummary[]),
      ),
    ),
    { initialValue: [] as PersonSummary[] },
  );

  protected choose(event: MatAutocompleteSelectedEvent): void {
    this.picked.emit(event.option.value as PersonSummary);
    this.search.setValue('');
  }
}
