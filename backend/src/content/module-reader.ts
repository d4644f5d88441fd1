import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import frontMatter from 'front-matter';
import type { Language, QuizDefinition } from '@atolye/shared';
import type {
  ContentLesson,
  ContentMedia,
  ContentModule,
  LessonTranslation,
  ModuleManifest,
} from './content-model';
import type { ContentProblem } from './content-problem';
import { ManifestParser } from './manifest-parser';
import { QuizParser } from './quiz-parser';
import { inspectMarkdown, renderMarkdown } from './markdown';

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  // Templates a CSO takes away (forms, agreements, sheets), linked from the lessons.
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.csv': 'text/csv; charset=utf-8',
};

/** Where published media of a module version is served; the reader rewrites image links to it. */
export function mediaUrl(slug: string, version: string, name: string): string {
  return `/api/modules/${encodeURIComponent(slug)}/versions/${encodeURIComponent(version)}/media/${encodeURIComponent(name)}`;
}

/** Reads one module folder, checking each file; returns the module only when nothing is wrong. */
export class ModuleReader {
  private readonly problems: ContentProblem[] = [];

  constructor(
    private readonly repositoryRoot: string,
    private readonly folder: string,
  ) {}

  read(): { module: ContentModule | null; problems: ContentProblem[] } {
    const manifestFile = join(this.folder, 'module.yaml');
    if (!existsSync(manifestFile)) {
      this.problem(manifestFile, 1, 'the module folder has no module.yaml');
      return { module: null, problems: this.problems };
    }
    const parser = new ManifestParser(this.rel(manifestFile), readFileSync(manifestFile, 'utf8'));
    const { manifest, problems } = parser.parse();
    this.problems.push(...problems);
    if (!manifest) return { module: null, problems: this.problems };

    const folderName = this.folder.split(sep).pop() as string;
    if (manifest.slug && manifest.slug !== folderName) {
      this.problem(
        manifestFile,
        parser.lineOf(['slug']),
        `slug "${manifest.slug}" must equal the folder name "${folderName}"`,
      );
    }
    const media = this.readMedia();
    const lessons = manifest.lessons.map((slug, index) =>
      this.readLesson(manifest, slug, index, parser, media),
    );
    this.checkUnlistedLessons(manifest, parser);
    const quizzes = this.readQuizzes(manifest, parser);
    const minutes = lessons.reduce((sum, lesson) => sum + (lesson?.estimatedMinutes ?? 0), 0);
    if (manifest.estimatedMinutes && lessons.every(Boolean) && minutes !== manifest.estimatedMinutes) {
      this.problem(
        manifestFile,
        parser.lineOf(['estimatedMinutes']),
        `estimatedMinutes is ${manifest.estimatedMinutes} but the lessons add up to ${minutes}`,
      );
    }
    if (this.problems.length > 0) return { module: null, problems: this.problems };
    return {
      module: {
        manifest,
        lessons: lessons as ContentLesson[],
        media,
        quizzes,
        contentHash: this.hashFolder(),
        folder: this.rel(this.folder),
      },
      problems: [],
    };
  }

  private readLesson(
    manifest: ModuleManifest,
    slug: string,
    index: number,
    parser: ManifestParser,
    media: ContentMedia[],
  ): ContentLesson | null {
    const lessonFolder = join(this.folder, 'lessons', slug);
    if (!existsSync(lessonFolder)) {
      this.problem(
        join(this.folder, 'module.yaml'),
        parser.lineOf(['lessons', index]),
        `lesson folder lessons/${slug} does not exist`,
      );
      return null;
    }
    const translations: LessonTranslation[] = [];
    let estimatedMinutes = 0;
    for (const language of manifest.languages) {
      const file = join(lessonFolder, `${language}.md`);
      const markedMissing = manifest.missingTranslations[language]?.includes(slug) ?? false;
      if (!existsSync(file)) {
        if (!markedMissing) {
          this.problem(
            file,
            1,
            `missing ${language} translation of lesson ${slug} (add ${language}.md, or list the lesson under missingTranslations.${language} in module.yaml)`,
          );
        }
        continue;
      }
      if (markedMissing)
        this.problem(
          file,
          1,
          `lesson ${slug} is listed under missingTranslations.${language} but ${language}.md exists`,
        );
      const translation = this.readTranslation(file, language, index + 1, manifest, media);
      if (translation) {
        translations.push(translation.translation);
        if (estimatedMinutes && translation.minutes !== estimatedMinutes) {
          this.problem(file, 4, `estimatedMinutes differs between the translations of lesson ${slug}`);
        }
        estimatedMinutes = translation.minutes;
      }
    }
    return {
      slug,
      position: index + 1,
      estimatedMinutes,
      translations,
      contentHash: this.hashFiles(lessonFolder),
    };
  }

  private readTranslation(
    file: string,
    language: Language,
    expectedOrder: number,
    manifest: ModuleManifest,
    media: ContentMedia[],
  ): { translation: LessonTranslation; minutes: number } | null {
    const source = readFileSync(file, 'utf8');
    let parsed: { attributes: Record<string, unknown>; body: string; bodyBegin: number };
    try {
      parsed = frontMatter<Record<string, unknown>>(source);
    } catch (error) {
      // front-matter throws js-yaml's error for malformed front matter; it carries the line.
      const mark = (error as { mark?: { line?: number } }).mark;
      this.problem(
        file,
        (mark?.line ?? 0) + 1,
        `invalid front matter: ${(error as Error).message.split('\n')[0]}`,
      );
      return null;
    }
    const lineOfKey = (key: string) => {
      const at = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
      return at >= 0 ? at + 1 : 1;
    };
    if (!source.startsWith('---'))
      this.problem(
        file,
        1,
        'the lesson must start with front matter (title, order, estimatedMinutes) between --- lines',
      );
    const { title, order, estimatedMinutes } = parsed.attributes;
    for (const key of Object.keys(parsed.attributes)) {
      if (!['title', 'order', 'estimatedMinutes', 'verified'].includes(key))
        this.problem(file, lineOfKey(key), `unknown front matter field "${key}"`);
    }
    if (typeof title !== 'string' || title.trim() === '')
      this.problem(file, lineOfKey('title'), 'front matter needs a title');
    if (order !== expectedOrder)
      this.problem(
        file,
        lineOfKey('order'),
        `order must be ${expectedOrder}, the lesson's place in module.yaml; got ${String(order)}`,
      );
    if (
      typeof estimatedMinutes !== 'number' ||
      !Number.isInteger(estimatedMinutes) ||
      estimatedMinutes <= 0
    ) {
      this.problem(file, lineOfKey('estimatedMinutes'), 'estimatedMinutes must be a whole number above 0');
    }
    const verifiedOn = verifiedDate(parsed.attributes['verified']);
    if (!verifiedOn)
      this.problem(
        file,
        lineOfKey('verified'),
        'front matter needs "verified": the day (YYYY-MM-DD) the facts were last checked against the sources',
      );
    else if (verifiedOn > new Date().toISOString().slice(0, 10))
      this.problem(file, lineOfKey('verified'), `verified ${verifiedOn} is in the future`);
    if (parsed.body.trim() === '') this.problem(file, parsed.bodyBegin, 'the lesson has no text');
    this.checkReferences(file, source, parsed.body, media);
    const markdown = parsed.body.trim();
    const html = renderMarkdown(markdown, (src) => {
      const name = src.split('/').pop() ?? '';
      return media.some((m) => m.name === name) ? mediaUrl(manifest.slug, manifest.version, name) : src;
    });
    return {
      translation: {
        language,
        title: String(title ?? '').trim(),
        markdown,
        html,
        verifiedOn: verifiedOn ?? '',
      },
      minutes: Number(estimatedMinutes),
    };
  }

  private checkReferences(file: string, source: string, body: string, media: ContentMedia[]): void {
    const { references, rawHtml } = inspectMarkdown(body);
    const lineOf = (needle: string) => {
      const index = source.indexOf(needle);
      return index >= 0 ? source.slice(0, index).split('\n').length : 1;
    };
    for (const html of rawHtml)
      this.problem(file, lineOf(html), 'raw HTML is not allowed in lessons; use Markdown');
    for (const reference of references) {
      const href = reference.href;
      if (/^(https?:|mailto:)/i.test(href) || href.startsWith('#')) continue;
      if (/^[a-z]+:/i.test(href) || href.startsWith('/')) {
        this.problem(
          file,
          lineOf(href),
          `${reference.kind} "${href}" must be a web address (https://…) or a path relative to the lesson`,
        );
        continue;
      }
      const target = resolve(join(file, '..'), decodeURIComponent(href.split('#')[0]));
      const inside = !relative(this.folder, target).startsWith('..');
      if (!inside || !existsSync(target)) {
        this.problem(file, lineOf(href), `broken ${reference.kind}: ${href} (no such file in this module)`);
      } else if (
        reference.kind === 'image' &&
        !media.some((m) => normalize(join(this.folder, 'media', m.name)) === target)
      ) {
        this.problem(file, lineOf(href), `image ${href} must be in the module's media folder`);
      }
    }
  }

  private checkUnlistedLessons(manifest: ModuleManifest, parser: ManifestParser): void {
    const lessonsRoot = join(this.folder, 'lessons');
    if (!existsSync(lessonsRoot)) return;
    for (const entry of readdirSync(lessonsRoot)) {
      if (!manifest.lessons.includes(entry)) {
        this.problem(
          join(this.folder, 'module.yaml'),
          parser.lineOf(['lessons']),
          `lessons/${entry} exists but is not listed under lessons`,
        );
      }
    }
  }

  private readQuizzes(manifest: ModuleManifest, parser: ManifestParser): QuizDefinition[] {
    const quizzes: QuizDefinition[] = [];
    manifest.quizzes.forEach((slug, index) => {
      const file = join(this.folder, 'quizzes', `${slug}.yaml`);
      if (!existsSync(file)) {
        this.problem(
          join(this.folder, 'module.yaml'),
          parser.lineOf(['quizzes', index]),
          `quiz file quizzes/${slug}.yaml does not exist`,
        );
        return;
      }
      const { quiz, problems } = new QuizParser(
        this.rel(file),
        readFileSync(file, 'utf8'),
        manifest.languages,
      ).parse(slug);
      this.problems.push(...problems);
      if (quiz) quizzes.push(quiz);
    });
    this.checkQuizPlacement(manifest, quizzes);
    for (const quiz of quizzes) {
      if (!quiz.pairedWith) continue;
      const pre = quizzes.find((q) => q.slug === quiz.pairedWith);
      if (!pre || pre.kind !== 'pre_test' || quiz.kind !== 'post_test') {
        this.problem(
          join(this.folder, 'quizzes', `${quiz.slug}.yaml`),
          1,
          `pairedWith must name this module's pre-test from a post-test; "${quiz.pairedWith}" is not one`,
        );
      }
    }
    const quizzesRoot = join(this.folder, 'quizzes');
    if (existsSync(quizzesRoot)) {
      for (const entry of readdirSync(quizzesRoot)) {
        if (!manifest.quizzes.includes(entry.replace(/\.yaml$/, ''))) {
          this.problem(
            join(quizzesRoot, entry),
            1,
            `quizzes/${entry} is not listed under quizzes in module.yaml`,
          );
        }
      }
    }
    return quizzes;
  }

  /** A knowledge check follows one of the module's lessons; a pre-test's answers wait for its post-test. */
  private checkQuizPlacement(manifest: ModuleManifest, quizzes: QuizDefinition[]): void {
    const file = (quiz: QuizDefinition) => join(this.folder, 'quizzes', `${quiz.slug}.yaml`);
    for (const quiz of quizzes) {
      if (quiz.afterLesson !== null && quiz.kind !== 'knowledge_check')
        this.problem(
          file(quiz),
          1,
          'afterLesson is for knowledge checks; pre- and post-tests frame the module',
        );
      else if (quiz.afterLesson !== null && !manifest.lessons.includes(quiz.afterLesson))
        this.problem(file(quiz), 1, `afterLesson "${quiz.afterLesson}" is not one of this module's lessons`);
      if (
        quiz.reviewPolicy === 'after_post_test' &&
        (quiz.kind !== 'pre_test' || !quizzes.some((q) => q.pairedWith === quiz.slug))
      )
        this.problem(
          file(quiz),
          1,
          'reviewPolicy after_post_test needs a pre-test that a post-test of this module names in pairedWith',
        );
    }
  }

  private readMedia(): ContentMedia[] {
    const mediaRoot = join(this.folder, 'media');
    if (!existsSync(mediaRoot)) return [];
    return readdirSync(mediaRoot)
      .filter((name) => statSync(join(mediaRoot, name)).isFile())
      .flatMap((name) => {
        const contentType = MEDIA_TYPES[extname(name).toLowerCase()];
        if (!contentType) {
          this.problem(
            join(mediaRoot, name),
            1,
            `media must be an image or a template document (${Object.keys(MEDIA_TYPES).join(', ')})`,
          );
          return [];
        }
        return [{ name, contentType, bytes: readFileSync(join(mediaRoot, name)) }];
      });
  }

  /** SHA-256 over every file's relative path and bytes, in a fixed order. */
  private hashFolder(): string {
    return this.hashFiles(this.folder);
  }

  private hashFiles(root: string): string {
    const hash = createHash('sha256');
    for (const file of listFiles(root)) {
      hash.update(relative(root, file).split(sep).join('/'));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
    return hash.digest('hex');
  }

  private problem(file: string, line: number, message: string): void {
    this.problems.push({ file: this.rel(file), line, message });
  }

  private rel(file: string): string {
    return relative(this.repositoryRoot, file).split(sep).join('/');
  }
}

/** `verified: 2026-12-01` arrives from YAML as a Date; a quoted one as a string. */
function verifiedDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)))
    return value;
  return null;
}

function listFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(root, entry.name)) : [join(root, entry.name)]));
}
