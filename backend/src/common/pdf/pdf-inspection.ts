/**
 * Reading a PDF back the way a screen reader or a text extractor does, for tests: the structure
 * tree, the words on each page with their positions, and the document's title and language.
 */
// The legacy build is the one that runs under Node's CommonJS.
const pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as {
  getDocument(source: { data: Uint8Array; verbosity: number; isEvalSupported: boolean }): {
    promise: Promise<PdfJsDocument>;
  };
};

interface PdfJsDocument {
  numPages: number;
  getPage(number: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ info: Record<string, unknown> }>;
}

interface PdfJsPage {
  getStructTree(): Promise<StructNode | null>;
  getTextContent(): Promise<{
    items: { str: string; transform: number[]; width: number; height: number }[];
  }>;
}

export interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  children?: StructNode[];
}

export interface TextItem {
  page: number;
  text: string;
  x: number;
  /** From the top of the page, in points. */
  top: number;
  bottom: number;
  width: number;
}

export interface PdfReading {
  pages: number;
  title: string;
  language: string;
  /** Each page's structure tree. */
  trees: StructNode[];
  /** Every element of the structure trees, depth first. */
  elements: StructNode[];
  items: TextItem[];
  /** All the text, items joined by spaces. */
  text: string;
}

function flatten(node: StructNode | null, into: StructNode[] = []): StructNode[] {
  if (!node) return into;
  if (node.role) into.push(node);
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

export async function readPdf(pdf: Buffer): Promise<PdfReading> {
  const document = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    verbosity: 0,
    isEvalSupported: false,
  }).promise;
  const { info } = await document.getMetadata();
  const trees: StructNode[] = [];
  const items: TextItem[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const tree = await page.getStructTree();
    if (tree) trees.push(tree);
    const pageHeight = (page as unknown as { view: number[] }).view[3];
    for (const item of (await page.getTextContent()).items) {
      if (!item.str.trim()) continue;
      const baseline = pageHeight - item.transform[5];
      items.push({
        page: number,
        text: item.str,
        x: item.transform[4],
        top: baseline - item.height * 0.8,
        bottom: baseline + item.height * 0.2,
        width: item.width,
      });
    }
  }
  return {
    pages: document.numPages,
    title: String(info['Title'] ?? ''),
    language: String(info['Language'] ?? ''),
    trees,
    elements: trees.flatMap((tree) => flatten(tree)),
    items,
    text: items.map((item) => item.text).join(' '),
  };
}
