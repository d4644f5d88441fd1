import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { formatProblem } from './content-problem';
import { loadContent } from './content-loader';
import { loadQuestionnaires } from './capacity-questionnaire-parser';
import { loadSurveys } from './survey-parser';
import type { ContentPublisher, PublishReport } from './content-publisher.service';

/**
 * Checks the content folder and publishes every valid module version. Invalid modules are
 * reported and left out; the rest of the content is still published.
 */
export async function publishContent(
  publisher: ContentPublisher,
  contentDir: string,
): Promise<PublishReport & { problems: string[] }> {
  const logger = new Logger('Content');
  const { modules, problems } = loadContent(contentDir, join(contentDir, '..'));
  const surveys = loadSurveys(contentDir, join(contentDir, '..'));
  const questionnaires = loadQuestionnaires(contentDir, join(contentDir, '..'));
  const formatted = [...problems, ...surveys.problems, ...questionnaires.problems].map(formatProblem);
  for (const problem of formatted) logger.warn(problem);
  const report = await publisher.publish(modules);
  await publisher.publishSurveys(surveys.surveys);
  await publisher.publishQuestionnaires(questionnaires.questionnaires);
  return { ...report, problems: formatted };
}
