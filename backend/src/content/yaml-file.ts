import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Language } from '@atolye/shared';
import type { ContentProblem } from './content-problem';
import type { Localised } from './content-model';

export type Path = (string | number)[];

/**
 * A YAML content file being checked: reads values by path and reports each problem with the
 * line it is on (or the line of the nearest enclosing field when the field itself is missing).
 */
export abstract class YamlFile {
  protected readonly problems: ContentProblem[] = [];
  private readonly lines = new LineCounter();
  protected readonly document: Document;

  constructor(
    protected readonly file: string,
    private readonly source: string,
  ) {
    this.document = parseDocument(source, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const error of this.document.errors) {
      this.problems.push({
        file,
        line: this.lines.linePos(error.pos[0]).line,
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      });
    }
  }

  /** Line of the value at `path`, or of the deepest part of the path that exists. */
  lineOf(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true) as
        | { range?: [number, number, number] }
        | undefined;
      const keyLine = depth > 0 ? this.keyLine(path.slice(0, depth)) : null;
      if (keyLine !== null) return keyLine;
      if (node?.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }
  protected keyLine(path: Path): number | null {
    const parent = path.length === 1 ? this.document.contents : this.document.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) {
      if (isSeq(parent)) {
        const item = parent.items[path[path.length - 1] as number] as
          | { range?: [number, number, number] }
          | undefined;
        return item?.range ? this.lines.linePos(item.range[0]).line : null;
      }
      return null;
    }
    const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[path.length - 1]);
    const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return range ? this.lines.linePos(range[0]).line : null;
  }
  protected report(path: Path, message: string): void {
    this.problems.push({ file: this.file, line: this.lineOf(path), message });
  }
  protected text(path: Path, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(path, `${path.join('.')} must be a text${value === undefined ? ' (it is missing)' : ''}`);
      return '';
    }
    return value.trim();
  }
  protected pattern(path: Path, value: unknown, pattern: RegExp, message: string): string {
    const text = this.text(path, value);
    if (text && !pattern.test(text)) this.report(path, `${message}; got "${text}"`);
    return text;
  }
  /** The value as written (YAML reads `1.0` as the number 1). */
  protected written(path: Path, value: unknown): unknown {
    const node = this.document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return typeof value === 'number' && node?.range
      ? this.source.slice(node.range[0], node.range[1]).trim()
      : value;
  }
  protected positiveInteger(path: Path, value: unknown): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      this.report(path, `${path.join('.')} must be a whole number of minutes above 0`);
      return 0;
    }
    return value;
  }
  protected list(path: Path, value: unknown, required: boolean): unknown[] {
    if (value === undefined && !required) return [];
    if (!Array.isArray(value) || (required && value.length === 0)) {
      this.report(path, `${path.join('.')} must be a list${required ? ' with at least one entry' : ''}`);
      return [];
    }
    return value;
  }
  protected localised(path: Path, value: unknown, languages: Language[]): Localised {
    if (!isRecord(value)) {
      this.report(path, `${path.join('.')} must give a text per language (${languages.join(', ')})`);
      return {};
    }
    const result: Localised = {};
    for (const language of languages) {
      const text = value[language];
      if (typeof text !== 'string' || text.trim() === '') {
        this.report([...path, language], `${path.join('.')} has no ${language} text`);
      } else {
        result[language] = text.trim();
      }
    }
    for (const key of Object.keys(value)) {
      if (!languages.includes(key as Language))
        this.report([...path, key], `${path.join('.')} has text in "${key}", which is not in languages`);
    }
    return result;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
