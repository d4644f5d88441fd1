import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { EvaluationService } from './evaluation.service';

/**
 * On a My learning card of a finished session: a way to evaluate it while that is due, and a
 * thank-you once done. Shows nothing before the last meeting has ended (or if the state fails to load).
 */
@Component({
  selector: 'app-evaluation-prompt',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './evaluation-prompt.html',
  styleUrl: './evaluation-prompt.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluationPrompt {
  private readonly service = inject(EvaluationService);

  readonly enrolmentId = input.required<string>();

  protected readonly evaluation = rxResource({
    params: () => this.enrolmentId(),
    stream: ({ params }) => this.service.state(params),
  });
}
