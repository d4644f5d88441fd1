import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';
import type { Language } from '@atolye/shared';
import { LanguageService } from '../core/language.service';

/** EN / TR switch; labelled in both languages so either reader can find it. */
@Component({
  selector: 'app-language-switch',
  imports: [MatButtonToggleModule],
  templateUrl: './language-switch.html',
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  protected async choose(change: MatButtonToggleChange): Promise<void> {
    try {
      await this.language.choose(change.value as Language);
    } catch {
      // The page is already in the new language; only saving it to the account failed.
      this.snackBar.open(this.translate.instant('language.notSaved'), undefined, { duration: 5000 });
    }
  }
}
