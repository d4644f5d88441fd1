import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CapacityAnswers,
  CapacityDomain,
  CapacityQuestionnaire,
  CapacityRound,
  CapacityRoundStatus,
  LocalisedText,
} from '@atolye/shared';

/** The questionnaire organisations take; its latest published version starts new pairs. */
export const CAPACITY_QUESTIONNAIRE = 'organisational-capacity';

export interface QuestionnaireRow {
  id: string;
  version: string;
  definition: CapacityQuestionnaire;
}

export interface RoundRow {
  questionnaire_id: string;
  version: string;
  round: CapacityRound;
  status: CapacityRoundStatus;
  answers: CapacityAnswers;
  updated_at: Date;
  submitted_at: Date | null;
  submitted_by_name: string | null;
}

export interface RecommendationRow {
  id: string;
  title: LocalisedText;
  domains: CapacityDomain[];
  open_sessions: number;
}

/** Versions compared by their numbers, newest first (1.10.0 after 1.9.0). */
const NEWEST_FIRST = `string_to_array(version, '.')::int[] DESC`;

/** The capacity tables: questionnaires, organisations' rounds, and trainings by domain. */
@Injectable()
export class CapacityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async latestQuestionnaire(): Promise<QuestionnaireRow | null> {
    const [row]: QuestionnaireRow[] = await this.db.query(
      `SELECT id, version, definition FROM capacity_questionnaires WHERE slug = $1 ORDER BY ${NEWEST_FIRST} LIMIT 1`,
      [CAPACITY_QUESTIONNAIRE],
    );
    return row ?? null;
  }

  async questionnaire(id: string, manager: EntityManager = this.db.manager): Promise<QuestionnaireRow> {
    const [row]: QuestionnaireRow[] = await manager.query(
      `SELECT id, version, definition FROM capacity_questionnaires WHERE id = $1`,
      [id],
    );
    return row;
  }

  async organisationName(id: string): Promise<string | null> {
    const [row]: { name: string }[] = await this.db.query(`SELECT name FROM organisations WHERE id = $1`, [
      id,
    ]);
    return row?.name ?? null;
  }

  /** Every round of the organisation on this questionnaire, newest version first. */
  async rounds(organisationId: string, manager: EntityManager = this.db.manager): Promise<RoundRow[]> {
    return manager.query(
      `SELECT a.questionnaire_id, q.version, a.round, a.status, a.answers, a.updated_at, a.submitted_at,
              p.full_name AS submitted_by_name
         FROM capacity_assessments a
         JOIN capacity_questionnaires q ON q.id = a.questionnaire_id AND q.slug = $2
         LEFT JOIN people p ON p.id = a.submitted_by
        WHERE a.organisation_id = $1
        ORDER BY ${NEWEST_FIRST.replace('version', 'q.version')}, a.round`,
      [organisationId, CAPACITY_QUESTIONNAIRE],
    );
  }

  /** Serialises changes to one organisation's rounds until the transaction ends. */
  async lockOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`capacity:${organisationId}`]);
  }

  /** Saves a draft's answers; a submitted round is left as it is (false). */
  async saveDraft(
    manager: EntityManager,
    key: { organisationId: string; questionnaireId: string; round: CapacityRound },
    answers: CapacityAnswers,
    personId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO capacity_assessments (organisation_id, questionnaire_id, round, answers, updated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation_id, questionnaire_id, round) DO UPDATE
          SET answers = EXCLUDED.answers, updated_at = now(), updated_by = EXCLUDED.updated_by
        WHERE capacity_assessments.status = 'draft'
       RETURNING id`,
      [key.organisationId, key.questionnaireId, key.round, JSON.stringify(answers), personId],
    );
    return rows.length > 0;
  }

  /** Submits the round with its final answers and overall score; false when it was submitted already. */
  async submit(
    manager: EntityManager,
    key: { organisationId: string; questionnaireId: string; round: CapacityRound },
    answers: CapacityAnswers,
    overall: number,
    personId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO capacity_assessments (organisation_id, questionnaire_id, round, status, answers, overall_score,
                                         updated_by, submitted_at, submitted_by)
       VALUES ($1, $2, $3, 'submitted', $4, $5, $6, now(), $6)
       ON CONFLICT (organisation_id, questionnaire_id, round) DO UPDATE
          SET status = 'submitted', answers = EXCLUDED.answers, overall_score = EXCLUDED.overall_score,
              updated_at = now(), updated_by = EXCLUDED.updated_by, submitted_at = now(), submitted_by = EXCLUDED.submitted_by
        WHERE capacity_assessments.status = 'draft'
       RETURNING id`,
      [key.organisationId, key.questionnaireId, key.round, JSON.stringify(answers), overall, personId],
    );
    return rows.length > 0;
  }

  /**
   * Published trainings tagged with any of the domains: those with sessions open for applications
   * first, then those covering more of the domains.
   */
  async trainingsFor(domains: CapacityDomain[], limit = 8): Promise<RecommendationRow[]> {
    if (!domains.length) return [];
    return this.db.query(
      `SELECT id, title, domains, open_sessions FROM (
         SELECT t.id, t.title, t.title->>'en' AS sort_title,
                ARRAY(SELECT d FROM unnest(t.capacity_domains) d WHERE d = ANY($1::text[])) AS domains,
                (SELECT count(*) FROM sessions s
                  WHERE s.training_id = t.id AND s.enrolment_opens_at <= now() AND now() < s.enrolment_closes_at)::int AS open_sessions
           FROM trainings t
          WHERE t.status = 'published' AND t.capacity_domains && $1::text[]) r
        ORDER BY open_sessions > 0 DESC, cardinality(domains) DESC, sort_title
        LIMIT $2`,
      [domains, limit],
    );
  }
}
