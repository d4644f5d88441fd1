import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, finalize, map, of, switchMap } from 'rxjs';
import type {
  ApiErrorBody,
  AttendanceRow,
  AttendanceSheet,
  PersonSummary,
  WalkInOrganisationChoice,
} from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { AttendanceService } from './attendance.service';

/**
 * A coordinator turns a walk-in into an enrolment: pick the person's account, or let the email
 * the walk-in gave find or create one. Their attendance moves with them.
 */
@Component({
  selector: 'app-merge-walk-in-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ErrorBanner,
  ],
  templateUrl: './merge-walk-in-dialog.html',
  styleUrl: './merge-walk-in-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MergeWalkInDialog {
  private readonly service = inject(AttendanceService);
  private readonly ref = inject<MatDialogRef<MergeWalkInDialog, AttendanceSheet>>(MatDialogRef);
  protected readonly walkIn = inject<AttendanceRow>(MAT_DIALOG_DATA);

  protected readonly person = new FormControl<PersonSummary | string>(this.walkIn.fullName, {
    nonNullable: true,
  });
  private readonly value = toSignal(this.person.valueChanges, { initialValue: this.person.value });
  protected readonly picked = computed(() => {
    const value = this.value();
    return typeof value === 'object' ? value : null;
  });
  protected readonly suggestions = toSignal(
    this.person.valueChanges.pipe(
      map((value) => (typeof value === 'string' ? value.trim() : null)),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((text) =>
        !text || text.length < 2
          ? of([])
          : // A failed search only means no suggestions this time.
            this.service.searchPeople(text).pipe(catchError(() => of([] as PersonSummary[]))),
      ),
    ),
    { initialValue: [] as PersonSummary[] },
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiErrorBody | null>(null);
  /** Set when the server asks whose organisation to keep: the two names and the account chosen. */
  protected readonly organisationQuestion = signal<{
    personId?: string;
    walkIn: string;
    account: string;
  } | null>(null);

  protected display(value: PersonSummary | string | null): string {
    return typeof value === 'string' ? value : (value?.fullName ?? '');
  }

  /** With no person picked, the server uses the walk-in's email. */
  protected merge(personId?: string, organisation?: WalkInOrganisationChoice): void {
    this.busy.set(true);
    this.error.set(null);
    this.service
      .mergeWalkIn(this.walkIn.walkInId as string, personId, organisation)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (sheet) => this.ref.close(sheet),
        error: (failure: unknown) => {
          const body = toApiError(failure);
          const params = body.params ?? {};
          if (body.code === 'walkIn.organisationDiffers')
            this.organisationQuestion.set({
              personId,
              walkIn: String(params['walkIn']),
              account: String(params['account']),
            });
          this.error.set(body);
        },
      });
  }
}
