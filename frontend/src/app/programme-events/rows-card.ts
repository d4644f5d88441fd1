import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A card of rows the coordinator adds and removes (speakers, agenda items, costs, follow-up
 * actions): its heading, an optional hint, the rows given as content, and the add button under them.
 */
@Component({
  selector: 'app-rows-card',
  imports: [MatButtonModule, MatCardModule, MatIconModule, TranslatePipe],
  templateUrl: './rows-card.html',
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RowsCard {
  /** Translation keys of the card's heading, of its hint and of the add button. */
  readonly heading = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly addLabel = input.required<string>();
  readonly addDisabled = input(false);
  readonly add = output();
}
