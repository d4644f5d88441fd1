import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { can, type OrganisationMap, type OrganisationProfile } from '@atolye/shared';
import { AuditService } from '../audit/audit.service';
import type { SignedInPerson } from '../access/signed-in-person';
import { problem } from '../common/api-problem';
import {
  applyProfile,
  OrganisationMapQueryDto,
  profileAuditView,
  SaveOrganisationProfileDto,
  toMappedOrganisation,
  toOrganisationProfile,
} from './organisation-profile.dto';
import { OrganisationMapExportService } from './organisation-map-export.service';
import { OrganisationMapRepository } from './organisation-map.repository';
import { OrganisationsRepository } from './organisations.repository';

/**
 * Organisation profiles and the map. Coordinators and administrators see and edit every
 * profile; a focal person only their own organisation's, and on the map only the public fields
 * of the others.
 */
@Injectable()
export class OrganisationProfilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly map: OrganisationMapRepository,
    private readonly exporter: OrganisationMapExportService,
    private readonly audit: AuditService,
  ) {}

  async profile(caller: SignedInPerson, id: string): Promise<OrganisationProfile> {
    this.requireScope(caller, id);
    const entity = await this.organisations.findById(id);
    if (!entity) throw new NotFoundException('No organisation with this id');
    const focal = await this.map.focalPeople([id]);
    return toOrganisationProfile(entity, focal.get(id) ?? []);
  }

  async saveProfile(
    caller: SignedInPerson,
    id: string,
    request: SaveOrganisationProfileDto,
  ): Promise<OrganisationProfile> {
    this.requireScope(caller, id);
    await this.db.transaction(async (manager) => {
      const entity = await this.organisations.findByIdForUpdate(id, manager);
      if (!entity) throw new NotFoundException('No organisation with this id');
      const before = profileAuditView(entity);
      applyProfile(entity, request, new Date());
      const saved = await this.organisations.save(entity, manager);
      await this.audit.record(
        {
          actor: { id: caller.id, fullName: caller.fullName },
          action: 'organisation.profile_updated',
          subjectType: 'organisation',
          subjectId: id,
          subjectLabel: saved.name,
          before,
          after: profileAuditView(saved),
        },
        manager,
      );
    });
    return this.profile(caller, id);
  }

  async mapOf(query: OrganisationMapQueryDto): Promise<OrganisationMap> {
    const [[rows, total], counts, networks] = await Promise.all([
      this.map.page(query, query.page, query.pageSize),
      this.map.counts(query),
      this.map.networks(),
    ]);
    return {
      items: rows.map(toMappedOrganisation),
      total,
      page: query.page,
      pageSize: query.pageSize,
      ...counts,
      networks,
    };
  }

  async exportMap(query: OrganisationMapQueryDto): Promise<Buffer> {
    const [rows, counts] = await Promise.all([this.map.all(query), this.map.counts(query)]);
    const focal = await this.map.focalPeople(rows.map((r) => r.id));
    return this.exporter.xlsx(
      rows.map((row) => toOrganisationProfile(row, focal.get(row.id) ?? [])),
      counts,
    );
  }

  /** Coordinators reach every organisation; a focal person only the one they belong to. */
  private requireScope(caller: SignedInPerson, organisationId: string): void {
    if (can(caller.roles, 'organisations.manage')) return;
    if (can(caller.roles, 'organisations.profile') && caller.organisationId === organisationId) return;
    throw new ForbiddenException(
      problem(
        'organisation.notYourOrganisation',
        "You can only see and edit your own organisation's profile.",
      ),
    );
  }
}
