import { join } from 'node:path';
import type { Language, SurveyDefinition, SurveyQuestion, SurveyQuestionKind } from '@atolye/shared';
import type { ContentProblem } from './content-problem';
import { loadVersionedFiles, VersionedYamlFile } from './versioned-files';
import { isRecord } from './yaml-file';

const LANGUAGES: Language[] = ['en', 'tr'];
const KINDS: SurveyQuestionKind[] = ['single', 'multiple', 'text'];
const ID = /^[a-z][a-z0-9_]*$/;
const FIELDS = ['slug', 'version', 'languages', 'title', 'intro', 'questions'];

/** One survey file, content/surveys/<slug>/<version>/survey.yaml, checked field by field. */
export class SurveyParser extends VersionedYamlFile {
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
    const { slug, version } = this.slugAndVersion(data, FIELDS, folderSlug, folderVersion);
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
  const { definitions, problems } = loadVersionedFiles(
    join(contentRoot, 'surveys'),
    'survey.yaml',
    repositoryRoot,
    (file, source, slug, version) => {
      const result = new SurveyParser(file, source).parse(slug, version);
      return { definition: result.survey, problems: result.problems };
    },
  );
  return { surveys: definitions, problems };
}
