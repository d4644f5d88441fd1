import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { TrainerRoster } from './trainer-roster';

/** The coordinators' roster of trainers. */
@Component({
  selector: 'app-trainer-roster-page',
  imports: [TranslatePipe, TrainerRoster],
  template: `
    <div class="page-header">
      <h1>{{ 'trainers.title' | translate }}</h1>
    </div>
    <p class="muted intro">{{ 'trainers.intro' | translate }}</p>
    <app-trainer-roster />
  `,
  styles: `
    .intro {
      max-width: 72ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainerRosterPage {}
