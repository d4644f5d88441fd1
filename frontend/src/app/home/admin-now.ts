import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { AdminHome } from '@atolye/shared';
import { LanguageService } from '../core/language.service';

/** An administrator's "what now": mails that failed, accounts locked by failed sign-ins. */
@Component({
  selector: 'app-admin-now',
  imports: [DatePipe, MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslatePipe],
  templateUrl: './admin-now.html',
  styleUrl: './now.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminNow {
  readonly home = input.required<AdminHome>();
  protected readonly locale = inject(LanguageService).locale;
}
