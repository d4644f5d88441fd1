import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CoordinatorHome } from '@atolye/shared';
import { LanguageService } from '../core/language.service';
import { LocalisedPipe } from '../shared/localised';

/** A coordinator's "what now": requests, certificates, rejected import rows, indicators off track. */
@Component({
  selector: 'app-coordinator-now',
  imports: [
    DatePipe,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    RouterLink,
    TranslatePipe,
    LocalisedPipe,
  ],
  templateUrl: './coordinator-now.html',
  styleUrl: './now.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoordinatorNow {
  readonly home = input.required<CoordinatorHome>();
  private readonly languages = inject(LanguageService);
  protected readonly language = this.languages.current;
  protected readonly locale = this.languages.locale;
  protected readonly empty = computed(() => {
    const h = this.home();
    return (
      h.applicationsWaiting.length +
        h.readyForCertificates.length +
        h.importsWithRejections.length +
        h.indicatorsOffTrack.length ===
      0
    );
  });
}
