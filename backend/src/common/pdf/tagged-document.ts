import type { Language } from '@atolye/shared';
import { newPdfDocument } from './pdfkit';
import { pdfFonts } from './pdf-fonts';

/**
 * The fonts by the names the document knows them by. Documents open with DejaVu Sans, which
 * PDFKit files under its PostScript name; the bold cut is registered as "bold".
 */
export const FONT = { regular: 'DejaVuSans', bold: 'bold' } as const;

/** The BCP 47 tag screen readers use to pick a voice. */
export const LANGUAGE_TAG: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR' };

export interface TaggedDocument {
  doc: PDFKit.PDFDocument;
  /** The Document element every heading, paragraph, table and figure goes under. */
  root: PDFKit.PDFStructureElement;
  /** Ends the structure tree and the file, and gives its bytes. */
  finish(): Promise<Buffer>;
}

export interface TaggedDocumentOptions {
  title: string;
  language: Language;
  layout?: 'portrait' | 'landscape';
  margin?: number;
  author?: string;
  /** Fixed dates make the same input give the same bytes. */
  createdAt?: Date;
  /** Keep pages open to the end, e.g. to number them "1 of 5". */
  bufferPages?: boolean;
}

/**
 * An A4 tagged PDF (PDF/UA-style structure tree, document title shown in the title bar, natural
 * language set) with DejaVu Sans embedded, so every Turkish letter survives in the text layer.
 */
export function taggedDocument(options: TaggedDocumentOptions): TaggedDocument {
  const fonts = pdfFonts();
  const createdAt = options.createdAt ?? new Date();
  const doc = newPdfDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    // Starting with DejaVu spares PDFKit loading its default Helvetica metrics for every document.
    font: fonts.regular as unknown as string,
    margin: options.margin ?? 40,
    compress: true,
    bufferPages: options.bufferPages ?? false,
    pdfVersion: '1.7',
    tagged: true,
    lang: LANGUAGE_TAG[options.language],
    displayTitle: true,
    info: {
      Title: options.title,
      ...(options.author ? { Author: options.author } : {}),
      Producer: 'Atölye',
      Creator: 'Atölye',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  doc.registerFont(FONT.bold, fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const root = doc.struct('Document');
  doc.addStructure(root);
  return {
    doc,
    root,
    finish() {
      root.end();
      doc.end();
      return done;
    },
  };
}

/** Drawing a reader should skip (frames, rules, page numbers): marked as an artifact. */
export function artifact(
  doc: PDFKit.PDFDocument,
  draw: () => void,
  type: 'Layout' | 'Pagination' = 'Layout',
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** A structure element of the given type whose content is what `draw` puts on the page. */
export function tag(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  draw: () => void,
  options: { alt?: string; lang?: string } = {},
): void {
  parent.add(doc.struct(type, options, draw));
}
