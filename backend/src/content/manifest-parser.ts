import { valid as validSemver } from 'semver';
import { LANGUAGES, type Language } from '@atolye/shared';
import type { ContentProblem } from './content-problem';
import { isRecord, YamlFile, type Path } from './yaml-file';
import type { ModuleManifest } from './content-model';

const KNOWN_FIELDS = [
  'slug',
  'version',
  'languages',
  'title',
  'summary',
  'objectives',
  'topics',
  'estimatedMinutes',
  'authors',
  'licence',
  'lessons',
  'changelog',
  'missingTranslations',
  'quizzes',
];
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a module.yaml and checks every field, reporting problems with the line they are on
 * (or the line of the nearest enclosing field when the field itself is missing).
 */
export class ManifestParser extends YamlFile {
  parse(): { manifest: ModuleManifest | null; problems: ContentProblem[] } {
    if (this.problems.length > 0) return { manifest: null, problems: this.problems };
    const data: unknown = this.document.toJS();
    if (!isRecord(data)) {
      this.report([], 'the manifest must be a set of fields such as slug, version and title');
      return { manifest: null, problems: this.problems };
    }
    for (const key of Object.keys(data)) {
      if (!KNOWN_FIELDS.includes(key))
        this.report([key], `unknown field "${key}" (known fields: ${KNOWN_FIELDS.join(', ')})`);
    }
    const languages = this.languages(data['languages']);
    const manifest: ModuleManifest = {
      slug: this.slug(data['slug']),
      version: this.version(data['version']),
      languages,
      title: this.localised(['title'], data['title'], languages),
      summary: this.localised(['summary'], data['summary'], languages),
      objectives: this.list(['objectives'], data['objectives'], true).map((o, i) =>
        this.localised(['objectives', i], o, languages),
      ),
      topics: this.list(['topics'], data['topics'], false).map((t, i) =>
        this.pattern(['topics', i], t, SLUG_PATTERN, 'a topic must be lowercase words joined by hyphens'),
      ),
      estimatedMinutes: this.positiveInteger(['estimatedMinutes'], data['estimatedMinutes']),
      authors: this.list(['authors'], data['authors'], true).map((a, i) => this.author(['authors', i], a)),
      licence: this.text(['licence'], data['licence']),
      lessons: this.lessons(data['lessons']),
      changelog: this.list(['changelog'], data['changelog'], true).map((c, i) =>
        this.changelogEntry(['changelog', i], c, languages),
      ),
      missingTranslations: this.missing(data['missingTranslations']),
      quizzes: this.list(['quizzes'], data['quizzes'], false).map((q, i) =>
        this.pattern(
          ['quizzes', i],
          q,
          SLUG_PATTERN,
          'a quiz name must be lowercase words joined by hyphens, e.g. post-test',
        ),
      ),
    };
    if (
      manifest.version &&
      manifest.changelog.length > 0 &&
      !manifest.changelog.some((c) => c.version === manifest.version)
    ) {
      this.report(['changelog'], `the changelog has no entry for version ${manifest.version}`);
    }
    return { manifest, problems: this.problems };
  }

  private slug(value: unknown): string {
    return this.pattern(['slug'], value, SLUG_PATTERN, 'slug must be lowercase words joined by hyphens');
  }

  private version(value: unknown): string {
    const text = this.written(['version'], value);
    const version = this.text(['version'], text);
    if (version && (!/^\d+\.\d+\.\d+$/.test(version) || !validSemver(version))) {
      this.report(['version'], `version must be a semantic version such as 1.0.0; got "${version}"`);
    }
    return version;
  }

  private languages(value: unknown): Language[] {
    const list = this.list(['languages'], value, true);
    const languages: Language[] = [];
    list.forEach((item, i) => {
      if ((LANGUAGES as readonly unknown[]).includes(item)) languages.push(item as Language);
      else this.report(['languages', i], `unknown language "${String(item)}"; use ${LANGUAGES.join(' or ')}`);
    });
    return languages;
  }

  private author(path: Path, value: unknown): { name: string; organisation?: string } {
    if (!isRecord(value)) {
      this.report(path, 'an author needs a name (and optionally an organisation)');
      return { name: '' };
    }
    const name = this.text([...path, 'name'], value['name']);
    return value['organisation'] === undefined
      ? { name }
      : { name, organisation: this.text([...path, 'organisation'], value['organisation']) };
  }

  private lessons(value: unknown): string[] {
    const list = this.list(['lessons'], value, true).map((l, i) =>
      this.pattern(
        ['lessons', i],
        l,
        /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/,
        'a lesson folder name must look like 01-lesson-name',
      ),
    );
    list.forEach((lesson, i) => {
      if (lesson && list.indexOf(lesson) !== i)
        this.report(['lessons', i], `lesson ${lesson} is listed twice`);
    });
    return list;
  }

  private changelogEntry(
    path: Path,
    value: unknown,
    languages: Language[],
  ): ModuleManifest['changelog'][number] {
    if (!isRecord(value)) {
      this.report(path, 'a changelog entry needs version, date and changes');
      return { version: '', date: '', changes: {} };
    }
    const version = this.text([...path, 'version'], this.written([...path, 'version'], value['version']));
    const rawDate = value['date'] instanceof Date ? value['date'].toISOString().slice(0, 10) : value['date'];
    const date = this.pattern(
      [...path, 'date'],
      rawDate,
      DATE_PATTERN,
      'a changelog date must look like 2026-11-25',
    );
    return { version, date, changes: this.localised([...path, 'changes'], value['changes'], languages) };
  }

  private missing(value: unknown): Partial<Record<Language, string[]>> {
    if (value === undefined) return {};
    if (!isRecord(value)) {
      this.report(
        ['missingTranslations'],
        'missingTranslations must list lesson folders per language, e.g. tr: [03-lesson-name]',
      );
      return {};
    }
    const result: Partial<Record<Language, string[]>> = {};
    for (const [language, lessons] of Object.entries(value)) {
      if (!(LANGUAGES as readonly string[]).includes(language)) {
        this.report(['missingTranslations', language], `unknown language "${language}"`);
        continue;
      }
      result[language as Language] = this.list(['missingTranslations', language], lessons, true).map(String);
    }
    return result;
  }
}
