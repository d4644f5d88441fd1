import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import type { EnrolmentSummary } from '@atolye/shared';
import { EnrolmentStatusChip } from './enrolment-status';
import { ProgressMeter } from './progress-meter';
import { ScrollRegion } from './scroll-region';
import { narrowScreen } from './narrow-screen';

/** Enrolled first, then the waiting list in order, then the rest; by name within each. */
const ORDER = ['enrolled', 'completed', 'waitlisted', 'pending', 'rejected', 'withdrawn'] as const;

/** A session's people: name, organisation, status and how far each is through the lessons. */
@Component({
  selector: 'app-roster-table',
  imports: [ScrollRegion, MatButtonModule, MatTableModule, TranslatePipe, EnrolmentStatusChip, ProgressMeter],
  templateUrl: './roster-table.html',
  styleUrl: './roster-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterTable {
  readonly enrolments = input.required<EnrolmentSummary[]>();
  /** Translation key of the table's accessible name. */
  readonly label = input('roster.title');
  /** Coordinators may withdraw anyone holding a seat, a place on the waiting list or a request. */
  readonly canWithdraw = input(false);
  readonly withdraw = output<EnrolmentSummary>();

  protected readonly rows = computed(() =>
    [...this.enrolments()].sort(
      (a, b) =>
        ORDER.indexOf(a.status as (typeof ORDER)[number]) -
          ORDER.indexOf(b.status as (typeof ORDER)[number]) ||
        (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
        a.person.fullName.localeCompare(b.person.fullName),
    ),
  );

  private readonly narrow = narrowScreen();
  protected readonly columns = computed(() => [
    ...(this.narrow() ? ['summary'] : ['person', 'organisation', 'status', 'progress']),
    ...(this.canWithdraw() ? ['actions'] : []),
  ]);

  protected withdrawable(row: EnrolmentSummary): boolean {
    return ['pending', 'enrolled', 'waitlisted'].includes(row.status);
  }

  protected progress(row: EnrolmentSummary) {
    const percent = row.totalLessons ? Math.round((100 * row.completedLessons) / row.totalLessons) : 0;
    return { completedLessons: row.completedLessons, totalLessons: row.totalLessons, percent };
  }
}
