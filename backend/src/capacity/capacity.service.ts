import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  can,
  type CapacityAnswers,
  type CapacityOverview,
  type CapacityRound,
  type CapacityRoundView,
  type OrganisationCapacity,
} from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { problem } from '../common/api-problem';
import { figureDefinition } from '../figures/figure-definitions';
import { capacityFigures } from './capacity-figures.repository';
import { activePair } from './capacity-pairs';
import { CapacityRepository, type QuestionnaireRow, type RoundRow } from './capacity.repository';
import { CapacityOverviewRepository } from './capacity-overview.repository';
import { capacityScores, checkCapacityAnswers, scoreChange, weakestDomains } from './capacity-scores';

const ALREADY_SUBMITTED = problem(
  'capacity.alreadySubmitted',
  'This round is submitted and can no longer change',
);

/**
 * An organisation's capacity self-assessment: a baseline and an endline per questionnaire
 * version, taken by its focal person or a coordinator. A pair stays on the version its baseline
 * was taken on, so the two rounds compare question for question; once both rounds are submitted
 * and a newer version is published, the next round starts a new pair on that version.
 */
@Injectable()
export class CapacityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CapacityRepository,
    private readonly overviewRows: CapacityOverviewRepository,
    private readonly audit: AuditService,
  ) {}

  async ofOrganisation(caller: SignedInPerson, organisationId: string): Promise<OrganisationCapacity> {
    this.requireScope(caller, organisationId);
    const name = await this.repository.organisationName(organisationId);
    if (name === null) throw new NotFoundException('No organisation with this id');
    const { questionnaire, rounds } = await this.pairOf(organisationId);
    const definition = questionnaire.definition;
    const view = (round: CapacityRound): CapacityRoundView | null => {
      const row = rounds.find((r) => r.round === round);
      return row
        ? {
            round,
            status: row.status,
            answers: row.answers,
            scores: capacityScores(definition, row.answers),
            updatedAt: row.updated_at.toISOString(),
            submittedAt: row.submitted_at?.toISOString() ?? null,
            submittedBy: row.submitted_by_name,
          }
        : null;
    };
    const baseline = view('baseline');
    const endline = view('endline');
    const latest = [endline, baseline].find((r) => r?.status === 'submitted');
    const weakest = latest ? weakestDomains(latest.scores) : [];
    const trainings = await this.repository.trainingsFor(weakest);
    return {
      organisationId,
      organisationName: name,
      questionnaire: definition,
      baseline,
      endline,
      change:
        baseline?.status === 'submitted' && endline?.status === 'submitted'
          ? scoreChange(baseline.scores, endline.scores)
          : null,
      weakestDomains: weakest,
      recommendations: trainings.map((t) => ({
        trainingId: t.id,
        title: t.title,
        domains: t.domains,
        openSessions: t.open_sessions,
      })),
      definitions: [figureDefinition('capacity_domain_score'), figureDefinition('capacity_overall_score')],
    };
  }

  /** Keeps a draft's answers (some questions may be unanswered); a submitted round is refused. */
  async saveDraft(
    caller: SignedInPerson,
    organisationId: string,
    round: CapacityRound,
    answers: CapacityAnswers,
  ): Promise<OrganisationCapacity> {
    await this.change(caller, organisationId, round, answers, false);
    return this.ofOrganisation(caller, organisationId);
  }

  /** Submits the round with every question answered; from then on it is read-only. */
  async submit(
    caller: SignedInPerson,
    organisationId: string,
    round: CapacityRound,
    answers: CapacityAnswers,
  ): Promise<OrganisationCapacity> {
    await this.change(caller, organisationId, round, answers, true);
    return this.ofOrganisation(caller, organisationId);
  }

  async overview(): Promise<CapacityOverview> {
    const [rows, figures] = await Promise.all([this.overviewRows.rows(), capacityFigures(this.db)]);
    return {
      rows,
      figures,
      definitions: [
        figureDefinition('capacity_overall_score'),
        figureDefinition('organisations_capacity_assessed'),
        figureDefinition('organisations_capacity_both_rounds'),
        figureDefinition('organisations_capacity_improved'),
      ],
    };
  }

  private async change(
    caller: SignedInPerson,
    organisationId: string,
    round: CapacityRound,
    answers: CapacityAnswers,
    submit: boolean,
  ): Promise<void> {
    this.requireScope(caller, organisationId);
    const name = await this.repository.organisationName(organisationId);
    if (name === null) throw new NotFoundException('No organisation with this id');
    await this.db.transaction(async (manager) => {
      await this.repository.lockOrganisation(manager, organisationId);
      const { questionnaire, rounds } = await this.pairOf(organisationId, manager);
      const existing = rounds.find((r) => r.round === round);
      if (existing?.status === 'submitted') throw new ConflictException(ALREADY_SUBMITTED);
      if (round === 'endline' && rounds.find((r) => r.round === 'baseline')?.status !== 'submitted')
        throw new ConflictException(
          problem('capacity.baselineFirst', 'Submit the baseline before taking the endline'),
        );
      const details = checkCapacityAnswers(questionnaire.definition, answers, submit);
      if (details.length)
        throw new BadRequestException({
          message: details.map((d) => `${d.field}: ${d.reason}`).join('; '),
          details,
        });
      const key = { organisationId, questionnaireId: questionnaire.id, round };
      if (!submit) {
        if (!(await this.repository.saveDraft(manager, key, answers, caller.id)))
          throw new ConflictException(ALREADY_SUBMITTED);
        return;
      }
      const scores = capacityScores(questionnaire.definition, answers);
      if (!(await this.repository.submit(manager, key, answers, scores.overall as number, caller.id)))
        throw new ConflictException(ALREADY_SUBMITTED);
      await this.audit.record(
        {
          actor: { id: caller.id, fullName: caller.fullName },
          action: 'organisation.capacity_submitted',
          subjectType: 'organisation',
          subjectId: organisationId,
          subjectLabel: name,
          before: null,
          after: { questionnaire: questionnaire.version, round, overall: scores.overall },
        },
        manager,
      );
    });
  }

  /** The version the organisation works on now, and its rounds on that version. */
  private async pairOf(
    organisationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ questionnaire: QuestionnaireRow; rounds: RoundRow[] }> {
    const [latest, all] = await Promise.all([
      this.repository.latestQuestionnaire(),
      this.repository.rounds(organisationId, manager),
    ]);
    if (!latest) throw new NotFoundException('The capacity questionnaire is not published');
    const active = activePair(latest.id, all);
    const questionnaire =
      active.questionnaireId === latest.id
        ? latest
        : await this.repository.questionnaire(active.questionnaireId, manager);
    return { questionnaire, rounds: active.rounds };
  }

  /** Coordinators reach every organisation; a focal person only the one they belong to. */
  private requireScope(caller: SignedInPerson, organisationId: string): void {
    if (can(caller.roles, 'organisations.manage')) return;
    if (can(caller.roles, 'organisations.profile') && caller.organisationId === organisationId) return;
    throw new ForbiddenException(
      problem(
        'organisation.notYourOrganisation',
        "You can only take your own organisation's capacity self-assessment.",
      ),
    );
  }
}
