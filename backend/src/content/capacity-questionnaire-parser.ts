import { join } from 'node:path';
import {
  CAPACITY_DOMAINS,
  CAPACITY_MAX_SCORE,
  CAPACITY_QUESTIONS_PER_DOMAIN,
  type CapacityDomain,
  type CapacityDomainDefinition,
  type CapacityQuestion,
  type CapacityQuestionnaire,
  type Language,
} from '@atolye/shared';
import type { ContentProblem } from './content-problem';
import { loadVersionedFiles, VersionedYamlFile } from './versioned-files';
import { isRecord } from './yaml-file';

const LANGUAGES: Language[] = ['en', 'tr'];
const ID = /^[a-z][a-z0-9_]*$/;
const FIELDS = ['slug', 'version', 'languages', 'title', 'intro', 'domains'];
const { min, max } = CAPACITY_QUESTIONS_PER_DOMAIN;

/**
 * One capacity questionnaire, content/assessments/<slug>/<version>/questionnaire.yaml, checked
 * field by field: known domains, each once, 4–6 questions each, and every question with exactly
 * four anchors (what scores 1 to 4 look like) in both languages.
 */
export class CapacityQuestionnaireParser extends VersionedYamlFile {
  parse(
    folderSlug: string,
    folderVersion: string,
  ): { questionnaire: CapacityQuestionnaire | null; problems: ContentProblem[] } {
    if (this.problems.length > 0) return { questionnaire: null, problems: this.problems };
    const data: unknown = this.document.toJS();
    if (!isRecord(data)) {
      this.report([], 'the questionnaire must be a set of fields such as slug, version and domains');
      return { questionnaire: null, problems: this.problems };
    }
    const { slug, version } = this.slugAndVersion(data, FIELDS, folderSlug, folderVersion);
    const domains = this.list(['domains'], data['domains'], true).map((d, i) => this.domain(i, d));
    this.checkUnique(domains);
    const questionnaire: CapacityQuestionnaire = {
      slug,
      version,
      title: this.localised(['title'], data['title'], LANGUAGES),
      intro: this.localised(['intro'], data['intro'], LANGUAGES),
      domains,
    };
    return { questionnaire: this.problems.length ? null : questionnaire, problems: this.problems };
  }

  private domain(i: number, value: unknown): CapacityDomainDefinition {
    const path = ['domains', i];
    const d = isRecord(value) ? value : {};
    if (!isRecord(value)) this.report(path, `domains.${i} must be a set of fields (id, title, questions)`);
    const id = this.text([...path, 'id'], d['id']) as CapacityDomain;
    if (id && !CAPACITY_DOMAINS.includes(id))
      this.report([...path, 'id'], `unknown domain "${id}" (known domains: ${CAPACITY_DOMAINS.join(', ')})`);
    const questions = this.list([...path, 'questions'], d['questions'], true).map((q, j) =>
      this.question([...path, 'questions', j], q),
    );
    if (questions.length && (questions.length < min || questions.length > max))
      this.report(
        [...path, 'questions'],
        `domain "${id}" must have ${min} to ${max} questions; it has ${questions.length}`,
      );
    return { id, title: this.localised([...path, 'title'], d['title'], LANGUAGES), questions };
  }

  private question(path: (string | number)[], value: unknown): CapacityQuestion {
    const q = isRecord(value) ? value : {};
    if (!isRecord(value))
      this.report(path, `${path.join('.')} must be a set of fields (id, prompt, anchors)`);
    const anchors = this.list([...path, 'anchors'], q['anchors'], true);
    if (anchors.length && anchors.length !== CAPACITY_MAX_SCORE)
      this.report(
        [...path, 'anchors'],
        `${path.join('.')} must have exactly ${CAPACITY_MAX_SCORE} anchors (scores 1 to ${CAPACITY_MAX_SCORE}); it has ${anchors.length}`,
      );
    return {
      id: this.pattern([...path, 'id'], q['id'], ID, 'a question id must be lowercase letters, digits or _'),
      prompt: this.localised([...path, 'prompt'], q['prompt'], LANGUAGES),
      anchors: anchors.map((a, k) => this.localised([...path, 'anchors', k], a, LANGUAGES)),
    };
  }

  private checkUnique(domains: CapacityDomainDefinition[]): void {
    const domainIds = new Set<string>();
    const questionIds = new Set<string>();
    domains.forEach((domain, i) => {
      if (domain.id && domainIds.has(domain.id))
        this.report(['domains', i, 'id'], `domain "${domain.id}" is listed twice`);
      domainIds.add(domain.id);
      domain.questions.forEach((question, j) => {
        if (question.id && questionIds.has(question.id))
          this.report(['domains', i, 'questions', j, 'id'], `question id "${question.id}" is used twice`);
        questionIds.add(question.id);
      });
    });
  }
}

/**
 * Reads and checks every questionnaire version under
 * `<contentRoot>/assessments/<slug>/<version>/questionnaire.yaml`.
 */
export function loadQuestionnaires(
  contentRoot: string,
  repositoryRoot = join(contentRoot, '..'),
): { questionnaires: CapacityQuestionnaire[]; problems: ContentProblem[] } {
  const { definitions, problems } = loadVersionedFiles(
    join(contentRoot, 'assessments'),
    'questionnaire.yaml',
    repositoryRoot,
    (file, source, slug, version) => {
      const result = new CapacityQuestionnaireParser(file, source).parse(slug, version);
      return { definition: result.questionnaire, problems: result.problems };
    },
  );
  return { questionnaires: definitions, problems };
}
