import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RADAR_SIZE, radarPoint } from './radar-geometry';

export interface RadarSeries {
  name: string;
  /** One value per axis; null leaves the point at the centre. */
  values: (number | null)[];
  kind: 'before' | 'after';
}

/**
 * Scores by domain as a radar: one axis per domain from 0 at the centre to `max` at the rim,
 * rings at each whole score, one polygon per series. The table beside it carries the numbers.
 */
@Component({
  selector: 'app-radar-chart',
  templateUrl: './radar-chart.html',
  styleUrl: './radar-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadarChart {
  readonly axes = input.required<string[]>();
  readonly series = input.required<RadarSeries[]>();
  readonly max = input(4);
  /** Read by screen readers in place of the drawing. */
  readonly label = input.required<string>();

  protected readonly size = RADAR_SIZE;

  private point(axis: number, value: number): { x: number; y: number } {
    return radarPoint(axis, this.axes().length, value, this.max());
  }

  protected readonly rings = computed(() =>
    Array.from({ length: this.max() }, (_, k) => ({
      score: k + 1,
      points: this.axes()
        .map((_, i) => this.point(i, k + 1))
        .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
        .join(' '),
    })),
  );

  protected readonly spokes = computed(() =>
    this.axes().map((name, i) => {
      const end = this.point(i, this.max());
      const label = this.point(i, this.max() * 1.18);
      const anchor =
        Math.abs(label.x - RADAR_SIZE / 2) < 8 ? 'middle' : label.x > RADAR_SIZE / 2 ? 'start' : 'end';
      return { name, end, label, anchor };
    }),
  );

  protected readonly polygons = computed(() =>
    this.series().map((s) => ({
      ...s,
      points: s.values
        .map((v, i) => this.point(i, v ?? 0))
        .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
        .join(' '),
      dots: s.values.map((v, i) => ({ ...this.point(i, v ?? 0), value: v })),
    })),
  );
}
