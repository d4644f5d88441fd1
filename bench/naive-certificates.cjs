// The baseline the certificate target is set against: a plain PDFKit loop that registers both
// TTF fonts for every document, with the same QR code and similar text. Run on its own process,
// because the product's renderer changes how fontkit is loaded for the whole process.
// Prints one line of JSON: { perSecond, perCpuSecond }.
const { readFileSync } = require('node:fs');
const { join, dirname } = require('node:path');
const PDFDocument = require('pdfkit');
const QRCode = require('qrcode');

const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const regular = readFileSync(join(fonts, 'DejaVuSans.ttf'));
const bold = readFileSync(join(fonts, 'DejaVuSans-Bold.ttf'));

function render(i) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape' });
    doc.registerFont('regular', regular);
    doc.registerFont('bold', bold);
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc
      .font('bold')
      .fontSize(28)
      .text('Katılım Sertifikası / Certificate of Completion', { align: 'center' });
    doc.font('regular').fontSize(12).text('Bu belge, / This is to certify that', { align: 'center' });
    doc.font('bold').fontSize(26).text(`Gülşen İnceoğlu ${i}`, { align: 'center' });
    doc
      .font('regular')
      .fontSize(12)
      .text('Uluslararası koruma ihtiyacı olan kişilerle çalışmak · Gaziantep · 2–4 Mart 2027', {
        align: 'center',
      });
    const qr = QRCode.create('https://atolye.example/verify/q3V0x2pQm9tYbXr4Lk8s1A', {
      errorCorrectionLevel: 'M',
    });
    const size = qr.modules.size;
    for (let row = 0; row < size; row++)
      for (let column = 0; column < size; column++)
        if (qr.modules.get(row, column)) doc.rect(600 + column * 3, 400 + row * 3, 3, 3);
    doc.fill();
    doc.font('bold').fontSize(8).text(`q3V0x2pQm9tYbXr4Lk8s1A ATL-2027-${i}`, 500, 520);
    doc.end();
  });
}

(async () => {
  for (let i = 0; i < 10; i++) await render(i);
  const count = 100;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < count; i++) await render(i);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const perSecond = count / seconds;
  const perCpuSecond = count / ((cpu.user + cpu.system) / 1e6);
  console.log(JSON.stringify({ perSecond, perCpuSecond }));
})();
