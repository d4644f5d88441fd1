import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Language, SurveyDefinition, SurveyQuestion, SurveyQuestionKind } from '@atolye/shared';
import type { ContentProblem } from './content-problem';
import { isRecord, YamlFile } from './yaml-file';

const LANGUAGES: Language[] = ['en', 'tr'];
const KINDS: SurveyQuestionKind[] = ['single', 'multiple', 'text'];
const ID = /^[a-z][a-z0-9_]*$/;
const FIELDS = ['slug', 'version', 'languages', 'title', 'intro', 'questions'];

/** One survey file, content/surveys/<slug>/<version>/survey.yaml, checked field by field. */
export class SurveyParser extends YamlFile {
  parse(
    folderSlug: string,
    folderVersion: string,
  ): { survey: SurveyDefinition | null; problems: ContentProblem[] } {
    if (this.problems.length > 0) return { survey: null, problems: this.problems };
    const data: unknown = this.document.toJS();
    if (!isRecord(data)) {
      this.report([], 'the survey must be a set of fields such as slug, version and questions');
      return { survey: null, problems: this.problems };
    }
    for (const key of Object.keys(data))
      if (!FIELDS.includes(key))
        this.report([key], `unknown field "${key}" (known fields: ${FIELDS.join(', ')})`);
    const slug = this.text(['slug'], data['slug']);
    const version = String(this.written(['version'], data['version']) ?? '');
    if (slug && slug !== folderSlug)
      this.report(['slug'], `slug "${slug}" must equal its folder "${folderSlug}"`);
    if (!/^\d+\.\d+\.\d+$/.test(version))
      this.report(['version'], `version must be MAJOR.MINOR.PATCH such as 1.0.0; got "${version}"`);
    else if (version !== folderVersion)
      this.report(['version'], `version "${version}" must equal its folder "${folderVersion}"`);
    const questions = this.list(['questions'], data['questions'], true).map((q, i) => this.question(i, q));
    const ids = new Set<string>();
    questions.forEach((q, i) => {
      if (ids.has(q.id)) this.report(['questions', i, 'id'], `question id "${q.id}" is used twice`);
      ids.add(q.id);
    });
    const survey: SurveyDefinition = {
      slug,
      version,
      title: this.localised(['title'], data['title'], LANGUAGES),
      intro: this.localised(['intro'], data['intro'], LANGUAGES),
      questions,
    };
    return { survey: this.problems.length ? null : survey, problems: this.problems };
  }

  private question(i: number, value: unknown): SurveyQuestion {
    const path = ['questions', i];
    const q = isRecord(value) ? value : {};
    if (!isRecord(value)) this.report(path, `questions.${i} must be a set of fields (id, kind, prompt)`);
    const kind = this.text([...path, 'kind'], q['kind']) as SurveyQuestionKind;
    if (kind && !KINDS.includes(kind))
      this.report([...path, 'kind'], `kind must be one of ${KINDS.join(', ')}`);
    const options =
      kind !== 'single' && kind !== 'multiple'
        ? []
        : this.list([...path, 'options'], q['options'], true).map((o, j) => {
            const option = isRecord(o) ? o : {};
            return {
              id: this.pattern(
                [...path, 'options', j, 'id'],
                option['id'],
                ID,
                'an option id must be lowercase letters, digits or _',
              ),
              label: this.localised([...path, 'options', j, 'label'], option['label'], LANGUAGES),
            };
          });
    if (q['required'] !== undefined && typeof q['required'] !== 'boolean')
      this.report([...path, 'required'], 'required must be true or false');
    return {
      id: this.pattern([...path, 'id'], q['id'], ID, 'a question id must be lowercase letters, digits or _'),
      kind,
      required: q['required'] === true,
      prompt: this.localised([...path, 'prompt'], q['prompt'], LANGUAGES),
      options,
    };
  }
}

/** Reads and checks every survey version under `<contentRoot>/surveys/<slug>/<version>/survey.yaml`. */
export function loadSurveys(
  contentRoot: string,
  repositoryRoot = join(contentRoot, '..'),
): { surveys: SurveyDefinition[]; problems: ContentProblem[] } {
  const root = join(contentRoot, 'surveys');
  const surveys: SurveyDefinition[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(root)) return { surveys, problems };
  const folders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  for (const slug of folders(root)) {
    for (const version of folders(join(root, slug))) {
      const path = join(root, slug, version, 'survey.yaml');
      const file = relative(repositoryRoot, path);
      if (!existsSync(path)) {
        problems.push({ file, line: 1, message: 'survey.yaml is missing' });
        continue;
      }
      const result = new SurveyParser(file, readFileSync(path, 'utf8')).parse(slug, version);
      problems.push(...result.problems);
      if (result.survey) surveys.push(result.survey);
    }
  }
  return { surveys, problems };
}
