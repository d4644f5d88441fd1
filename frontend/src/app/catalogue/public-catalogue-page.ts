import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';
import { TopicPipe } from '../shared/topic.pipe';
import { PublicCatalogueService } from './public-catalogue.service';
import { PluralPipe } from '../shared/plural.pipe';
import { LoadState } from '../shared/load-state';

/** Every published training with a session open for applications, for anyone to browse. */
@Component({
  selector: 'app-public-catalogue-page',
  imports: [
    PluralPipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    DurationPipe,
    LocalisedPipe,
    TopicPipe,
    LoadState,
  ],
  templateUrl: './public-catalogue-page.html',
  styleUrl: './public-catalogue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicCataloguePage {
  private readonly service = inject(PublicCatalogueService);
  protected readonly language = inject(LanguageService).current;
  protected readonly trainings = rxResource({ stream: () => this.service.trainings() });
  protected readonly error = computed(() =>
    this.trainings.error() ? toApiError(this.trainings.error()) : null,
  );
}
