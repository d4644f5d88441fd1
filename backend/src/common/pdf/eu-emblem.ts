/**
 * The European flag as the EU's graphic rules define it: a blue rectangle of proportions 3:2
 * with twelve gold five-pointed stars on an invisible circle whose radius is a third of the
 * height; each star's outer radius is an eighteenth of the height, one point straight up, the
 * stars placed like the hours on a clock face. Drawn as vectors, so no file is needed.
 */
export const EU_BLUE = '#003399';
export const EU_GOLD = '#FFCC00';

export function drawEuEmblem(doc: PDFKit.PDFDocument, x: number, y: number, height: number): void {
  const width = (height * 3) / 2;
  doc.save();
  doc.rect(x, y, width, height).fill(EU_BLUE);
  const centreX = x + width / 2;
  const centreY = y + height / 2;
  const ring = height / 3;
  const outer = height / 18;
  // A regular five-pointed star's inner radius is the outer radius times sin 18° / sin 54°.
  const inner = outer * (Math.sin(Math.PI / 10) / Math.sin((3 * Math.PI) / 10));
  for (let hour = 0; hour < 12; hour++) {
    const angle = (hour * Math.PI) / 6;
    const starX = centreX + ring * Math.sin(angle);
    const starY = centreY - ring * Math.cos(angle);
    const points: [number, number][] = [];
    for (let corner = 0; corner < 10; corner++) {
      const radius = corner % 2 === 0 ? outer : inner;
      const turn = (corner * Math.PI) / 5;
      points.push([starX + radius * Math.sin(turn), starY - radius * Math.cos(turn)]);
    }
    doc.polygon(...points);
  }
  doc.fill(EU_GOLD);
  doc.restore();
}
