// `npm run content:templates`: builds the take-away templates of every module from their
// sources, so they are reviewed as text like the lessons:
//   content/modules/<slug>/templates/<name>.md          → media/<name>.docx (Word)
//   content/modules/<slug>/templates/<name>.sheet.yaml  → media/<name>.xlsx (Excel)
// Output is byte-for-byte repeatable (fixed zip dates and document times), so rebuilding
// unchanged sources changes no published module version. `--check` fails when a built file is
// missing or differs from what its source gives.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { marked } from 'marked';
import { parse } from 'yaml';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const RTL = /[\u0590-\u08FF]/;
const FONT = 'Arial';

/** Inline Markdown tokens → runs, keeping bold and italic. */
function runs(tokens, style = {}) {
  return (tokens ?? []).flatMap((token) => {
    if (token.type === 'strong') return runs(token.tokens, { ...style, bold: true });
    if (token.type === 'em') return runs(token.tokens, { ...style, italics: true });
    if (token.type === 'br') return [new TextRun({ break: 1 })];
    if (token.tokens) return runs(token.tokens, style);
    const text = (token.text ?? token.raw ?? '')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    return [new TextRun({ text, font: FONT, rightToLeft: RTL.test(text), ...style })];
  });
}

function paragraph(tokens, options = {}) {
  const text = (tokens ?? []).map((t) => t.raw ?? '').join('');
  return new Paragraph({
    children: runs(tokens),
    bidirectional: RTL.test(text),
    spacing: { after: 120 },
    ...options,
  });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];
const border = { style: BorderStyle.SINGLE, size: 4, color: '888888' };

function blocks(tokens, listLevel = 0) {
  return tokens.flatMap((token) => {
    switch (token.type) {
      case 'heading':
        return [paragraph(token.tokens, { heading: HEADINGS[Math.min(token.depth, 4) - 1] })];
      case 'paragraph':
        return [paragraph(token.tokens)];
      case 'list':
        return token.items.flatMap((item) => {
          const [first, ...rest] = item.tokens;
          const box = item.task ? [new TextRun({ text: item.checked ? '☒ ' : '☐ ', font: FONT })] : [];
          const head = new Paragraph({
            children: [...box, ...runs(first?.tokens ?? [first])],
            bidirectional: RTL.test(item.text),
            numbering: { reference: token.ordered ? 'numbered' : 'bullets', level: listLevel },
          });
          return [
            head,
            ...blocks(
              rest.filter((t) => t.type === 'list'),
              listLevel + 1,
            ),
          ];
        });
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: token.header.map(
                  (cell) =>
                    new TableCell({
                      children: [
                        new Paragraph({
                          children: runs(cell.tokens, { bold: true }),
                          bidirectional: RTL.test(cell.text),
                        }),
                      ],
                      borders: { top: border, bottom: border, left: border, right: border },
                    }),
                ),
              }),
              ...token.rows.map(
                (row) =>
                  new TableRow({
                    children: row.map(
                      (cell) =>
                        new TableCell({
                          // An empty cell of a form still needs room to write in.
                          children: [
                            new Paragraph({
                              children: runs(cell.tokens),
                              bidirectional: RTL.test(cell.text),
                              spacing: { before: 120, after: 120 },
                            }),
                          ],
                          borders: { top: border, bottom: border, left: border, right: border },
                        }),
                    ),
                  }),
              ),
            ],
          }),
          new Paragraph({ text: '' }),
        ];
      case 'hr':
        return [new Paragraph({ border: { bottom: border }, text: '' })];
      case 'blockquote':
        return blocks(token.tokens).map((p) => p);
      case 'space':
        return [];
      default:
        return [new Paragraph({ children: [new TextRun({ text: token.raw.trim(), font: FONT })] })];
    }
  });
}

/** Zip entries with a fixed date, and document times fixed, so the same source gives the same bytes. */
async function repeatable(buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    let data = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      const xml = Buffer.from(data)
        .toString('utf8')
        .replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<)/g,
          `$1${FIXED_DATE.toISOString().replace('.000', '')}$3`,
        );
      data = Buffer.from(xml, 'utf8');
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function buildDocument(source) {
  const tokens = marked.lexer(source);
  const title = tokens.find((t) => t.type === 'heading')?.text ?? 'Template';
  const doc = new Document({
    creator: 'Atölye',
    title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
        {
          reference: 'numbered',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
      ],
    },
    sections: [{ children: blocks(tokens) }],
  });
  return repeatable(await Packer.toBuffer(doc));
}

async function buildSheet(source) {
  const spec = parse(source);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Atölye';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheetSpec of spec.sheets ?? []) {
    const sheet = workbook.addWorksheet(sheetSpec.name, {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: Boolean(sheetSpec.rightToLeft) }],
    });
    sheet.columns = sheetSpec.columns.map((c) => ({ header: c.header, width: c.width ?? 20 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of sheetSpec.rows ?? []) {
      sheet.addRow(
        row.map((cell) =>
          typeof cell === 'string' && cell.startsWith('=') ? { formula: cell.slice(1) } : cell,
        ),
      );
    }
    sheet.eachRow((row) => row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' })));
  }
  return repeatable(await workbook.xlsx.writeBuffer());
}

const check = process.argv.includes('--check');
const modulesRoot = join(process.cwd(), 'content', 'modules');
let built = 0;
let stale = 0;
for (const slug of readdirSync(modulesRoot).sort()) {
  const templates = join(modulesRoot, slug, 'templates');
  if (!existsSync(templates)) continue;
  for (const file of readdirSync(templates).sort()) {
    const source = readFileSync(join(templates, file), 'utf8');
    let target;
    let bytes;
    if (file.endsWith('.sheet.yaml')) {
      target = `${basename(file, '.sheet.yaml')}.xlsx`;
      bytes = await buildSheet(source);
    } else if (file.endsWith('.md')) {
      target = `${basename(file, '.md')}.docx`;
      bytes = await buildDocument(source);
    } else continue;
    const path = join(modulesRoot, slug, 'media', target);
    const same = existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;
    if (check) {
      if (!same) {
        stale++;
        console.error(
          `content/modules/${slug}/media/${target}: out of date with templates/${file}; run npm run content:templates`,
        );
      }
    } else if (!same) {
      mkdirSync(join(modulesRoot, slug, 'media'), { recursive: true });
      writeFileSync(path, bytes);
      console.log(`built content/modules/${slug}/media/${target}`);
      built++;
    }
  }
}
if (check && stale) process.exit(1);
if (!check) console.log(`${built} template file(s) built.`);
