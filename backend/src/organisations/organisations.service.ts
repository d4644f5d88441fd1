import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { provinceCodeOf, type Organisation, type OrganisationOption, type Page } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import {
  organisationAuditView,
  OrganisationsQueryDto,
  SaveOrganisationDto,
  toOrganisation,
  toOrganisationOption,
} from './organisations.dto';
import { OrganisationsRepository } from './organisations.repository';

const OPTIONS_LIMIT = 20;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(query: OrganisationsQueryDto): Promise<Page<Organisation>> {
    const [rows, total] = await this.organisations.search(query.page, query.pageSize, query);
    return { items: rows.map(toOrganisation), total, page: query.page, pageSize: query.pageSize };
  }

  /** Names only, for the registration form's organisation picker. */
  async options(q?: string): Promise<OrganisationOption[]> {
    const [rows] = await this.organisations.search(1, OPTIONS_LIMIT, { q });
    return rows.map(toOrganisationOption);
  }

  async get(id: string): Promise<Organisation> {
    const entity = await this.organisations.findById(id);
    if (!entity) throw new NotFoundException('No organisation with this id');
    return toOrganisation(entity);
  }

  async create(actor: SignedInPerson, request: SaveOrganisationDto): Promise<Organisation> {
    const saved = await this.db.transaction(async (manager) => {
      // A new organisation works at least in its own country and, in Turkey, its office's province.
      const home = request.country === 'TR' ? provinceCodeOf(request.province) : null;
      const entity = await this.saveUnique(
        this.organisations.create({
          ...request,
          website: request.website ?? null,
          workCountries: [request.country],
          workProvinces: home ? [home] : [],
        }),
        manager,
      );
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'organisation.created',
          subjectType: 'organisation',
          subjectId: entity.id,
          subjectLabel: entity.name,
          before: null,
          after: organisationAuditView(entity),
        },
        manager,
      );
      return entity;
    });
    return toOrganisation(saved);
  }

  async update(actor: SignedInPerson, id: string, request: SaveOrganisationDto): Promise<Organisation> {
    const saved = await this.db.transaction(async (manager) => {
      const entity = await this.organisations.findByIdForUpdate(id, manager);
      if (!entity) throw new NotFoundException('No organisation with this id');
      const before = organisationAuditView(entity);
      Object.assign(entity, { ...request, website: request.website ?? null });
      const updated = await this.saveUnique(entity, manager);
      await this.audit.record(
        {
          actor: { id: actor.id, fullName: actor.fullName },
          action: 'organisation.updated',
          subjectType: 'organisation',
          subjectId: id,
          subjectLabel: updated.name,
          before,
          after: organisationAuditView(updated),
        },
        manager,
      );
      return updated;
    });
    return toOrganisation(saved);
  }

  private async saveUnique(
    entity: Parameters<OrganisationsRepository['save']>[0],
    manager: Parameters<OrganisationsRepository['save']>[1],
  ) {
    try {
      return await this.organisations.save(entity, manager);
    } catch (error) {
      // The case-insensitive unique index on name decides, even when two saves race.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException({
          message: 'name: an organisation with this name already exists',
          details: [{ field: 'name', reason: 'an organisation with this name already exists' }],
        });
      }
      throw error;
    }
  }
}
