import {
  ForbiddenException,
  HttpException,
  Injectable,
  Logger,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  GENDERS,
  LANGUAGES,
  can,
  type Gender,
  type ImportJob,
  type ImportRowReason,
  type ImportRowReport,
  type Language,
} from '@atolye/shared';
import { Invitations } from '../people/invitations';
import { PasswordHasher } from '../access/password-hasher';
import type { SignedInPerson } from '../access/signed-in-person';
import { PeopleRepository } from '../people/people.repository';
import { SessionsRepository } from '../sessions/sessions.repository';
import type { SessionEntity } from '../sessions/session.entity';
import { EnrolmentsService } from './enrolments.service';
import { ImportJobEntity } from './import-job.entity';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { EnrolmentsRepository } from './enrolments.repository';
import { ImportJobsRepository } from './import-jobs.repository';
import {
  ImportFileError,
  ImportFileTooLargeError,
  readImportFile,
  type ImportRow,
} from './import-file-reader';
import { MAX_XLSX_PART_BYTES } from './xlsx-parts';
import { problem } from '../common/api-problem';

/** A row refused, with its reason as a code the portal words and in English for the API. */
class RowRejected extends Error {
  constructor(
    message: string,
    readonly code: ImportRowReason,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * A row takes milliseconds; an import that has not moved for this long ran in a process that
 * stopped (a restart, a crash) and will not finish, as the file is not kept.
 */
export const IMPORT_STALLED_AFTER_SECONDS = 120;

/**
 * Bulk enrolment from a CSV or XLSX file. Each row is one transaction (account, organisation and
 * enrolment together, or nothing), so the report says exactly which rows took effect.
 */
@Injectable()
export class EnrolmentImportService {
  private readonly logger = new Logger(EnrolmentImportService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: PeopleRepository,
    private readonly sessions: SessionsRepository,
    private readonly enrolments: EnrolmentsService,
    private readonly hasher: PasswordHasher,
    private readonly importJobs: ImportJobsRepository,
    private readonly invitations: Invitations,
    private readonly enrolmentRows: EnrolmentsRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async start(
    actor: SignedInPerson,
    sessionId: string,
    fileName: string,
    contentBase64: string,
  ): Promise<ImportJob> {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new NotFoundException('No session with this id');
    const jobs = this.db.getRepository(ImportJobEntity);
    let rows: ImportRow[];
    try {
      rows = await readImportFile(fileName, Buffer.from(contentBase64, 'base64'));
    } catch (error) {
      if (error instanceof ImportFileTooLargeError) {
        // Refused before anything is unpacked: nothing to record as a job.
        const limitMb = MAX_XLSX_PART_BYTES / 1024 / 1024;
        throw new PayloadTooLargeException(
          problem(
            'import.unpacksTooLarge',
            `${error.message}. Import the participants in a smaller file.`,
            { limitMb },
            [{ field: 'contentBase64', reason: `unpacks to more than ${limitMb} MB` }],
          ),
        );
      }
      if (!(error instanceof ImportFileError)) throw error;
      const failed = await jobs.save({
        sessionId,
        startedBy: actor.id,
        fileName,
        status: 'failed' as const,
        error: error.message,
      });
      return toImportJob(failed, []);
    }
    const job = await jobs.save({
      sessionId,
      startedBy: actor.id,
      fileName,
      status: 'running' as const,
      total: rows.length,
    });
    // Runs after the answer: the portal polls the job for progress.
    setImmediate(() => void this.run(job.id, actor, session, rows));
    return toImportJob(job, []);
  }

  async get(caller: SignedInPerson, id: string): Promise<ImportJob> {
    const job = await this.db.getRepository(ImportJobEntity).findOne({ where: { id } });
    if (!job) throw new NotFoundException('No import with this id');
    if (job.startedBy !== caller.id && !can(caller.roles, 'sessions.manage'))
      throw new ForbiddenException('Not your import');
    const current = job.status === 'running' ? await this.failIfStalled(job) : job;
    return toImportJob(current, await this.importJobs.rowsOf(job.id));
  }

  /** A running import whose process is gone is marked failed, so the portal stops waiting for it. */
  private async failIfStalled(job: ImportJobEntity): Promise<ImportJobEntity> {
    const failed = await this.importJobs.failIfStalled(
      job.id,
      'The import stopped before it finished (the server was restarted). The rows listed took effect, ' +
        'the others did not: import the file again, and rows already enrolled will be reported as such.',
      IMPORT_STALLED_AFTER_SECONDS,
    );
    if (!failed) return job;
    return await this.db.getRepository(ImportJobEntity).findOneOrFail({ where: { id: job.id } });
  }

  private async run(
    jobId: string,
    actor: SignedInPerson,
    session: SessionEntity,
    rows: ImportRow[],
  ): Promise<void> {
    const jobs = this.db.getRepository(ImportJobEntity);
    // New accounts get a password nobody knows (they set their own through the invitation). One
    // hash of a secret thrown away at once serves the whole file: argon2 is slow on purpose, and
    // hashing per row would cost a tenth of a second for every participant.
    try {
      const unknownPassword = await this.hasher.hash(randomBytes(32).toString('base64url'));
      for (const row of rows) await this.importRow(jobId, actor, session, row, unknownPassword);
      await jobs.update({ id: jobId }, { status: 'finished' });
    } catch (error) {
      this.logger.error(`Import ${jobId} stopped`, error instanceof Error ? error.stack : String(error));
      await jobs.update(
        { id: jobId },
        {
          status: 'failed',
          error: 'The import stopped unexpectedly; the rows listed took effect, the others did not.',
        },
      );
    }
  }

  /** Imports one row and records its outcome with it, in one transaction: the report is exact. */
  private async importRow(
    jobId: string,
    actor: SignedInPerson,
    session: SessionEntity,
    row: ImportRow,
    passwordHash: string,
  ): Promise<void> {
    const email = (row.values.email ?? '').toLowerCase();
    try {
      const fields = this.checkRow(row, session);
      await this.db.transaction(async (manager) => {
        await this.sessions.lock(session.id, manager);
        const created = { createdAccount: false, createdOrganisation: false };
        let person = await this.people.findByStoredEmail(manager, email);
        if (!person) {
          const organisationId = fields.organisation
            ? await this.organisationId(manager, fields, session, created)
            : null;
          person = await this.people.createAccount(manager, {
            email,
            fullName: fields.fullName,
            passwordHash,
            roles: ['trainee'],
            language: fields.language,
            gender: fields.gender,
            organisationId,
          });
          created.createdAccount = true;
          await this.invitations.invite(manager, person);
        }
        const enrolmentId = await this.enrolments.placeByCoordinator(manager, actor, session, person.id);
        const status = await this.enrolmentRows.statusOf(manager, enrolmentId);
        await this.importJobs.recordRow(manager, jobId, {
          row: row.row,
          email,
          outcome: status === 'waitlisted' ? 'waitlisted' : 'enrolled',
          ...created,
        });
      });
    } catch (error) {
      if (error instanceof RowRejected)
        return this.importJobs.recordRow(this.db.manager, jobId, {
          row: row.row,
          email,
          outcome: 'rejected',
          reason: error.message,
          reasonCode: error.code,
          reasonParams: error.params,
        });
      if (error instanceof HttpException && error.getStatus() === 409) {
        const params = (error.getResponse() as { params?: Record<string, string> }).params ?? {};
        return this.importJobs.recordRow(this.db.manager, jobId, {
          row: row.row,
          email,
          outcome: 'already_enrolled',
          reason: error.message,
          reasonCode: 'already_in',
          reasonParams: { name: params.name ?? '', status: params.status ?? '' },
        });
      }
      throw error;
    }
  }

  private checkRow(row: ImportRow, session: SessionEntity) {
    const { values } = row;
    if (!values.email || !isEmail(values.email))
      throw new RowRejected(`email "${values.email ?? ''}" is not a valid email address`, 'email_invalid', {
        value: values.email ?? '',
      });
    if (!values.full_name || values.full_name.length < 2)
      throw new RowRejected('full_name is missing', 'full_name_missing');
    const gender = (values.gender?.toLowerCase() ?? 'undeclared') as Gender;
    if (!GENDERS.includes(gender))
      throw new RowRejected(
        `gender "${values.gender}" must be one of ${GENDERS.join(', ')}`,
        'gender_invalid',
        {
          value: values.gender ?? '',
          allowed: GENDERS.join(', '),
        },
      );
    const language = (values.language?.toLowerCase() ?? session.language) as Language;
    if (!LANGUAGES.includes(language))
      throw new RowRejected(`language "${values.language}" must be en or tr`, 'language_invalid', {
        value: values.language ?? '',
      });
    const country = (values.country ?? session.country).toUpperCase();
    if (!/^[A-Z]{2}$/.test(country))
      throw new RowRejected(
        `country "${values.country}" must be a two-letter code such as TR`,
        'country_invalid',
        {
          value: values.country ?? '',
        },
      );
    return {
      fullName: values.full_name,
      gender,
      language,
      country,
      province: values.province ?? session.city,
      organisation: values.organisation,
    };
  }

  private async organisationId(
    manager: EntityManager,
    fields: { organisation?: string; country: string; province: string },
    session: SessionEntity,
    created: { createdOrganisation: boolean },
  ): Promise<string> {
    const { organisation, created: made } = await this.organisations.findOrCreateByName(manager, {
      name: fields.organisation as string,
      country: fields.country || session.country,
      province: fields.province,
    });
    if (made) created.createdOrganisation = true;
    return organisation.id;
  }
}

function toImportJob(job: ImportJobEntity, rows: ImportRowReport[]): ImportJob {
  return {
    id: job.id,
    sessionId: job.sessionId,
    fileName: job.fileName,
    status: job.status,
    total: job.total,
    processed: job.processed,
    rows,
    error: job.error ?? null,
  };
}
