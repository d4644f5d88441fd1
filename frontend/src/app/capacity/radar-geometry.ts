/** The radar's drawing area (a square) and the radius of its rim inside it. */
export const RADAR_SIZE = 420;
const CENTRE = RADAR_SIZE / 2;
const RADIUS = 130;

/**
 * Where `value` lies on axis `axis` of `axes`: the first axis points straight up, the others follow
 * clockwise; 0 is the centre and `max` the rim.
 */
export function radarPoint(axis: number, axes: number, value: number, max: number): { x: number; y: number } {
  const angle = (2 * Math.PI * axis) / axes - Math.PI / 2;
  const r = (RADIUS * value) / max;
  return { x: CENTRE + r * Math.cos(angle), y: CENTRE + r * Math.sin(angle) };
}
