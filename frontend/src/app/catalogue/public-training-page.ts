import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../core/api-error';
import { AuthService } from '../core/auth.service';
import { LanguageService } from '../core/language.service';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';
import { TopicPipe } from '../shared/topic.pipe';
import { PublicCatalogueService } from './public-catalogue.service';
import { PluralPipe } from '../shared/plural.pipe';
import { LoadState } from '../shared/load-state';

/**
 * One training on offer with its open sessions. "Apply" leads a visitor to register (or sign in)
 * and then straight back to that session in the trainees' catalogue, where they enrol.
 */
@Component({
  selector: 'app-public-training-page',
  imports: [
    PluralPipe,
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslatePipe,
    CountryNamePipe,
    DurationPipe,
    LocalisedPipe,
    TopicPipe,
    LoadState,
  ],
  templateUrl: './public-training-page.html',
  styleUrl: './public-catalogue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicTrainingPage {
  private readonly service = inject(PublicCatalogueService);
  private readonly auth = inject(AuthService);
  private readonly languages = inject(LanguageService);
  protected readonly language = this.languages.current;
  protected readonly locale = this.languages.locale;

  readonly trainingId = input.required<string>();

  protected readonly training = rxResource({
    params: () => this.trainingId(),
    stream: ({ params }) => this.service.training(params),
  });
  protected readonly error = computed(() =>
    this.training.error() ? toApiError(this.training.error()) : null,
  );
  protected readonly signedIn = this.auth.signedIn;
  protected readonly canEnrol = computed(() => this.auth.can('learning.enrol'));

  /** Where a person enrols in the session: the trainees' catalogue, opened at that session. */
  protected enrolUrl(sessionId: string): string {
    return `/learn/catalogue/${this.trainingId()}?session=${sessionId}`;
  }
}
