import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { TrainerHome } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { MeetingTimePipe } from '../shared/zoned-time.pipes';

/** A trainer's "what now": the next meetings, attendance still to mark, evaluations received. */
@Component({
  selector: 'app-trainer-now',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslatePipe, MeetingTimePipe],
  templateUrl: './trainer-now.html',
  styleUrl: './now.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerNow {
  readonly home = input.required<TrainerHome>();
  protected readonly language = inject(LanguageService).current;
}
