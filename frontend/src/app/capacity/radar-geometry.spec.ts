import { radarPoint } from './radar-geometry';

describe('radarPoint', () => {
  it('puts the first axis straight up from the centre, the full score on the rim', () => {
    expect(radarPoint(0, 7, 0, 4)).toEqual({ x: 210, y: 210 });
    const top = radarPoint(0, 7, 4, 4);
    expect(top.x).toBeCloseTo(210);
    expect(top.y).toBeCloseTo(80);
  });

  it('goes clockwise, and half the score lies halfway out', () => {
    // Four axes: the second points right, the third down.
    const right = radarPoint(1, 4, 2, 4);
    expect(right.x).toBeCloseTo(275);
    expect(right.y).toBeCloseTo(210);
    const down = radarPoint(2, 4, 4, 4);
    expect(down.x).toBeCloseTo(210);
    expect(down.y).toBeCloseTo(340);
  });
});
