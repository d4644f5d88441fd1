import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize } from 'rxjs';
import {
  CERTIFICATE_IMAGE_MAX_BYTES,
  CERTIFICATE_WORDINGS,
  type ApiErrorBody,
  type CertificateLogo,
  type CertificateSignatory,
  type CertificateTemplate,
} from '@atolye/shared';
import { toApiError } from '../../core/api-error';
import { ErrorBanner } from '../../shared/error-banner';
import { CertificateTemplateService } from './certificate-template.service';
import { imageProblem, readAsDataUrl } from './image-file';
import { LoadState } from '../../shared/load-state';

const MAX_PARTNER_LOGOS = 4;

/**
 * How a training's certificates look: the title's wording, the programme's and partners' logos,
 * one or two signatories, and the EU acknowledgement. Saved, then previewed as a PDF before
 * anyone's certificate is issued with it.
 */
@Component({
  selector: 'app-certificate-template-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    LoadState,
    MatRadioModule,
    TranslatePipe,
    ErrorBanner,
  ],
  templateUrl: './certificate-template-page.html',
  styleUrl: './certificate-template-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateTemplatePage {
  private readonly service = inject(CertificateTemplateService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  /** The training's id from the address. */
  readonly id = input.required<string>();

  protected readonly wordings = CERTIFICATE_WORDINGS;
  protected readonly maxPartnerLogos = MAX_PARTNER_LOGOS;
  protected readonly maxKb = CERTIFICATE_IMAGE_MAX_BYTES / 1024;

  private readonly loaded = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.get(params),
  });
  protected readonly loading = computed(() => this.loaded.isLoading());
  protected readonly loadError = computed(() =>
    this.loaded.error() ? toApiError(this.loaded.error()) : null,
  );

  /** The template being edited. */
  protected readonly draft = signal<CertificateTemplate | null>(null);
  protected readonly saved = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiErrorBody | null>(null);
  /** A chosen file refused before sending: which image and why. */
  protected readonly fileProblem = signal<{ where: string; problem: 'type' | 'size' } | null>(null);
  protected readonly previewUrl = computed(() => this.service.previewUrl(this.id()));

  constructor() {
    effect(() => {
      if (!this.loaded.hasValue()) return;
      const { trainingId: _id, saved, updatedAt: _at, ...template } = this.loaded.value();
      this.draft.set(template);
      this.saved.set(saved);
    });
  }

  protected update(change: Partial<CertificateTemplate>): void {
    const draft = this.draft();
    if (draft) this.draft.set({ ...draft, ...change });
  }

  protected updateSignatory(index: number, change: Partial<CertificateSignatory>): void {
    const draft = this.draft();
    if (!draft) return;
    this.update({ signatories: draft.signatories.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  }

  protected addSignatory(): void {
    const draft = this.draft();
    if (draft && draft.signatories.length < 2)
      this.update({ signatories: [...draft.signatories, { name: '', title: '', signature: null }] });
  }

  protected removeSignatory(index: number): void {
    const draft = this.draft();
    if (draft && draft.signatories.length > 1)
      this.update({ signatories: draft.signatories.filter((_, i) => i !== index) });
  }

  protected updatePartner(index: number, change: Partial<CertificateLogo>): void {
    const draft = this.draft();
    if (!draft) return;
    this.update({ partnerLogos: draft.partnerLogos.map((l, i) => (i === index ? { ...l, ...change } : l)) });
  }

  protected removePartner(index: number): void {
    const draft = this.draft();
    if (draft) this.update({ partnerLogos: draft.partnerLogos.filter((_, i) => i !== index) });
  }

  /** Reads a chosen image after checking its type and size; `use` puts it in the template. */
  protected async chooseImage(event: Event, where: string, use: (dataUrl: string) => void): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    field.value = '';
    if (!file) return;
    const problem = imageProblem(file);
    this.fileProblem.set(problem ? { where, problem } : null);
    if (!problem) use(await readAsDataUrl(file));
  }

  protected chooseProgrammeLogo(event: Event): void {
    void this.chooseImage(event, 'programmeLogo', (image) =>
      this.update({ programmeLogo: { image, name: this.draft()?.programmeLogo?.name ?? '' } }),
    );
  }

  protected choosePartnerLogo(event: Event): void {
    void this.chooseImage(event, 'partnerLogos', (image) =>
      this.update({ partnerLogos: [...(this.draft()?.partnerLogos ?? []), { image, name: '' }] }),
    );
  }

  protected chooseSignature(event: Event, index: number): void {
    void this.chooseImage(event, `signatories.${index}`, (signature) =>
      this.updateSignatory(index, { signature }),
    );
  }

  protected save(): void {
    const draft = this.draft();
    if (!draft) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.service
      .save(this.id(), draft)
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (view) => {
          const { trainingId: _id, saved, updatedAt: _at, ...template } = view;
          this.draft.set(template);
          this.saved.set(saved);
          this.snackBar.open(this.translate.instant('certificateTemplate.saved'), undefined, {
            duration: 4000,
          });
        },
        error: (error) => this.saveError.set(toApiError(error)),
      });
  }
}
