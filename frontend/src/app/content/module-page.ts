import { DatePipe, UpperCasePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ContentService } from '../shared/content.service';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';
import { TopicPipe } from '../shared/topic.pipe';
import { giftDownloadUrl } from './gift/gift-wording';
import { LoadState } from '../shared/load-state';

/** One module version: what it teaches, who wrote it, its lessons (to preview in either language). */
@Component({
  selector: 'app-module-page',
  imports: [
    DatePipe,
    UpperCasePipe,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    DurationPipe,
    LoadState,
    LocalisedPipe,
    TopicPipe,
  ],
  templateUrl: './module-page.html',
  styleUrl: './module-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModulePage {
  private readonly content = inject(ContentService);
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;

  readonly slug = input.required<string>();
  readonly version = input.required<string>();

  protected readonly module = rxResource({
    params: () => ({ slug: this.slug(), version: this.version() }),
    stream: ({ params }) => this.content.module(params.slug, params.version),
  });
  protected readonly error = computed(() => (this.module.error() ? toApiError(this.module.error()) : null));
  protected readonly giftUrl = giftDownloadUrl;
}
