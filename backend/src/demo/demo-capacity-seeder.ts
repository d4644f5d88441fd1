import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CapacityAnswers, CapacityQuestionnaire } from '@atolye/shared';
import { CAPACITY_QUESTIONNAIRE } from '../capacity/capacity.repository';
import { capacityScores } from '../capacity/capacity-scores';
import { TrainingsService } from '../trainings/trainings.service';
import {
  DEMO_CAPACITY,
  DEMO_CAPACITY_TRAININGS,
  DEMO_TRAINING_DOMAINS,
  type DemoScores,
} from './demo-capacity';
import { DEMO_TRAINING } from './demo-trainings';

/**
 * Capacity self-assessments of four demo organisations and trainings tagged with capacity
 * domains. Rounds that exist are left alone, and so are trainings found by their title.
 */
@Injectable()
export class DemoCapacitySeeder {
  private readonly logger = new Logger(DemoCapacitySeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trainings: TrainingsService,
  ) {}

  async seed(): Promise<void> {
    const [questionnaire]: { id: string; definition: CapacityQuestionnaire }[] = await this.db.query(
      `SELECT id, definition FROM capacity_questionnaires WHERE slug = $1 AND version = '1.0.0'`,
      [CAPACITY_QUESTIONNAIRE],
    );
    if (!questionnaire) {
      this.logger.warn('The capacity questionnaire needs the repository content published first; skipped');
      return;
    }
    await this.tagTrainings();
    for (const { organisation, rounds } of DEMO_CAPACITY)
      for (const round of rounds) {
        const answers = answersOf(questionnaire.definition, round.scores);
        const overall = round.submittedOn ? capacityScores(questionnaire.definition, answers).overall : null;
        await this.db.query(
          `INSERT INTO capacity_assessments (organisation_id, questionnaire_id, round, status, answers, overall_score,
                                             updated_at, updated_by, submitted_at, submitted_by)
           SELECT o.id, $2, $3, $4, $5, $6, coalesce($7::timestamptz, now() - interval '2 days'), p.id, $7::timestamptz,
                  CASE WHEN $7::timestamptz IS NULL THEN NULL ELSE p.id END
             FROM organisations o, people p WHERE o.name = $1 AND p.email = $8
           ON CONFLICT (organisation_id, questionnaire_id, round) DO NOTHING`,
          [
            organisation,
            questionnaire.id,
            round.round,
            round.submittedOn ? 'submitted' : 'draft',
            JSON.stringify(answers),
            overall,
            round.submittedOn ? `${round.submittedOn}T12:00:00Z` : null,
            round.by,
          ],
        );
      }
  }

  private async tagTrainings(): Promise<void> {
    await this.db.query(
      `UPDATE trainings SET capacity_domains = $2 WHERE title->>'en' = $1 AND capacity_domains = '{}'`,
      [DEMO_TRAINING.title.en, DEMO_TRAINING_DOMAINS],
    );
    for (const demo of DEMO_CAPACITY_TRAININGS) {
      const [exists] = await this.db.query(`SELECT 1 FROM trainings WHERE title->>'en' = $1`, [
        demo.title.en,
      ]);
      if (exists) continue;
      const modules: { id: string; slug: string }[] = await this.db.query(
        `SELECT DISTINCT ON (slug) id, slug FROM module_versions WHERE slug = ANY($1) ORDER BY slug, published_at DESC`,
        [demo.modules],
      );
      if (modules.length !== demo.modules.length) continue;
      const training = await this.trainings.create({
        title: demo.title,
        description: demo.description,
        languages: ['en', 'tr'],
        moduleVersionIds: demo.modules.map((slug) => modules.find((m) => m.slug === slug)?.id as string),
        capacityDomains: demo.domains,
        completionRule: {
          minAttendancePercent: 80,
          requireAllLessons: true,
          requiredQuizzes: [],
          requireEvaluation: false,
          passPostTests: true,
        },
      });
      await this.trainings.setStatus(training.id, 'published');
    }
  }
}

/** One score per question of the domains given, in the questionnaire's order. */
function answersOf(questionnaire: CapacityQuestionnaire, scores: DemoScores): CapacityAnswers {
  return Object.fromEntries(
    questionnaire.domains.flatMap((domain) =>
      (scores[domain.id] ?? []).map((score, i) => [domain.questions[i].id, score]),
    ),
  );
}
