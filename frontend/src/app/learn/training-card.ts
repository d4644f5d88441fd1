import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CatalogueTraining } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';
import { TopicPipe } from '../shared/topic.pipe';
import { CatalogueSessions } from './catalogue-sessions';
import { PluralPipe } from '../shared/plural.pipe';

/** One training in the catalogue: what it covers, its modules and the sessions to enrol in. */
@Component({
  selector: 'app-training-card',
  imports: [
    PluralPipe,
    MatCardModule,
    RouterLink,
    TranslatePipe,
    DurationPipe,
    LocalisedPipe,
    TopicPipe,
    CatalogueSessions,
  ],
  templateUrl: './training-card.html',
  styleUrl: './training-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingCard {
  protected readonly language = inject(LanguageService).current;

  readonly training = input.required<CatalogueTraining>();
}
