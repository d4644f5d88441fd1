import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AuditEntry } from '@atolye/shared';
import { LanguageService } from '../../core/language.service';
import { describeChanges } from './audit-changes';

/** The before → after of one audit entry, readable. */
@Component({
  selector: 'app-audit-change',
  imports: [TranslatePipe],
  templateUrl: './audit-change.html',
  styleUrl: './audit-change.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditChange {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly entry = input.required<AuditEntry>();

  protected readonly lines = computed(() => {
    this.language.current(); // re-describe in the new language after a switch
    return describeChanges(this.entry(), (key) => this.translate.instant(key));
  });
}
