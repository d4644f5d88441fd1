import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, of } from 'rxjs';
import { provinceName, type ProvinceCode } from '@atolye/shared';
import { OrganisationProfilesService } from './organisation-profiles.service';

interface DrawnProvince {
  code: ProvinceCode;
  name: string;
  path: string;
  count: number;
  /** 0 (none) to 4 (the most), for the fill. */
  shade: number;
}

/**
 * Turkey by province, shaded by how many organisations work in each. Provinces with
 * organisations are buttons (Tab to reach, Enter or Space to pick) that filter the list; the
 * page beside it has the same figures as a table.
 */
@Component({
  selector: 'app-turkey-map',
  imports: [TranslatePipe],
  templateUrl: './turkey-map.html',
  styleUrl: './turkey-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TurkeyMap {
  /** Organisations working in each province. */
  readonly counts = input.required<ReadonlyMap<string, number>>();
  readonly selected = input<string | null>(null);
  readonly picked = output<ProvinceCode>();

  private readonly shapes = toSignal(
    inject(OrganisationProfilesService)
      .provinceShapes()
      // Without the outlines the table beside the map still says everything.
      .pipe(catchError(() => of(null))),
  );
  protected readonly viewBox = computed(() => this.shapes()?.viewBox ?? '0 80 1050 585');
  protected readonly provinces = computed<DrawnProvince[]>(() => {
    const counts = this.counts();
    const most = Math.max(1, ...counts.values());
    return (this.shapes()?.provinces ?? []).map((p) => {
      const count = counts.get(p.code) ?? 0;
      return {
        code: p.code as ProvinceCode,
        name: provinceName(p.code),
        path: p.path,
        count,
        shade: count === 0 ? 0 : Math.max(1, Math.ceil((4 * count) / most)),
      };
    });
  });

  protected pick(province: DrawnProvince, event?: Event): void {
    event?.preventDefault();
    if (province.count > 0) this.picked.emit(province.code);
  }
}
