import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGES } from '@atolye/shared';
import { toApiError } from '../core/api-error';
import { LanguageService } from '../core/language.service';
import { ContentService } from '../shared/content.service';
import { DurationPipe } from '../shared/duration.pipe';
import { LocalisedPipe } from '../shared/localised';
import { searchText } from '../shared/paged-list';
import { TopicPipe } from '../shared/topic.pipe';
import { LoadState } from '../shared/load-state';

/** Folds case and Turkish letters so "koruma" finds "Koruma" and "ı" finds "i". */
const fold = (text: string) =>
  text.toLocaleLowerCase('tr').normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');

/** Every published module version, to preview before teaching or building a training. */
@Component({
  selector: 'app-module-list-page',
  imports: [
    LoadState,
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    DurationPipe,
    LocalisedPipe,
    TopicPipe,
  ],
  templateUrl: './module-list-page.html',
  styleUrl: './module-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModuleListPage {
  private readonly languageService = inject(LanguageService);
  protected readonly language = this.languageService.current;
  protected readonly locale = this.languageService.locale;

  private readonly content = inject(ContentService);
  protected readonly modules = rxResource({ stream: () => this.content.modules() });
  protected readonly error = computed(() => (this.modules.error() ? toApiError(this.modules.error()) : null));
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly q = searchText(this.search);
  protected readonly shown = computed(() => {
    const q = fold(this.q());
    const all = this.modules.hasValue() ? this.modules.value() : [];
    return all.filter(
      (m) =>
        !q ||
        fold(
          [m.slug, ...m.topics, ...LANGUAGES.flatMap((l) => [m.title[l] ?? '', m.summary[l] ?? ''])].join(
            ' ',
          ),
        ).includes(q),
    );
  });
}
