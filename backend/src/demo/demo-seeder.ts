import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { provinceCodeOf } from '@atolye/shared';
import { PasswordHasher } from '../access/password-hasher';
import { organisationNameKey } from '../organisations/organisation-name-key';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-data';
import { DEMO_ORGANISATIONS, DEMO_OTHER_AREAS, type DemoOrganisation } from './demo-organisations';
import { seedDemoLogframe } from './demo-logframe';
import { seedDemoCoaching } from './demo-coaching';
import { seedDemoProgrammeEvents } from './demo-programme-events';
import { seedDemoTrainerProfiles } from './demo-trainers';

/** Creates the demo organisations and one account per role, leaving anything that exists alone. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async seed(): Promise<DemoAccount[]> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.db.transaction(async (manager) => {
      const organisations = manager.getRepository(OrganisationEntity);
      const people = manager.getRepository(PersonEntity);
      for (const organisation of DEMO_ORGANISATIONS) await this.upsertOrganisation(organisation, manager);
      for (const account of DEMO_ACCOUNTS) {
        const organisation = await organisations.findOneBy({ name: account.organisation });
        await people
          .createQueryBuilder()
          .insert()
          .values({
            email: account.email,
            fullName: account.fullName,
            passwordHash,
            roles: account.roles,
            language: account.language,
            gender: account.gender,
            organisationId: organisation?.id ?? null,
          })
          .orIgnore()
          .execute();
      }
      await seedDemoTrainerProfiles(manager);
      await seedDemoProgrammeEvents(manager);
      await seedDemoLogframe(manager, 'coordinator@atolye.example');
      await seedDemoCoaching(manager);
    });
    this.logger.log(
      `Demo data ready: ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_ACCOUNTS.length} accounts`,
    );
    return DEMO_ACCOUNTS;
  }

  /**
   * Adds the organisation with its profile. One that exists keeps what it has, unless its
   * profile was never filled in (a database from before profiles existed): then it gets one.
   */
  private async upsertOrganisation(o: DemoOrganisation, manager: EntityManager): Promise<void> {
    const workProvinces = o.workProvinces.map((name) => {
      const code = provinceCodeOf(name);
      if (!code) throw new Error(`Demo organisation ${o.name}: no province called ${name}`);
      return code;
    });
    await manager.query(
      `INSERT INTO organisations (name, name_key, type, country, province, thematic_areas, website, legal_form,
              year_founded, staff_women, staff_men, staff_other, volunteers_women, volunteers_men, volunteers_other,
              work_provinces, work_countries, target_groups, networks, thematic_areas_other,
              contact_name, contact_role, contact_email, contact_phone, profile_updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
               $21, $22, $23, $24, now())
       ON CONFLICT (name_key) DO UPDATE SET
              type = EXCLUDED.type, thematic_areas = EXCLUDED.thematic_areas, legal_form = EXCLUDED.legal_form,
              year_founded = EXCLUDED.year_founded, staff_women = EXCLUDED.staff_women,
              staff_men = EXCLUDED.staff_men, staff_other = EXCLUDED.staff_other,
              volunteers_women = EXCLUDED.volunteers_women, volunteers_men = EXCLUDED.volunteers_men,
              volunteers_other = EXCLUDED.volunteers_other, work_provinces = EXCLUDED.work_provinces,
              work_countries = EXCLUDED.work_countries, target_groups = EXCLUDED.target_groups,
              networks = EXCLUDED.networks, thematic_areas_other = EXCLUDED.thematic_areas_other,
              contact_name = EXCLUDED.contact_name, contact_role = EXCLUDED.contact_role,
              contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone,
              profile_updated_at = EXCLUDED.profile_updated_at
        WHERE organisations.profile_updated_at IS NULL`,
      [
        o.name,
        organisationNameKey(o.name),
        o.type,
        o.country,
        o.province,
        o.thematicAreas,
        o.website,
        o.legalForm,
        o.yearFounded,
        ...o.staff,
        ...o.volunteers,
        workProvinces,
        o.workCountries,
        o.targetGroups,
        o.networks,
        DEMO_OTHER_AREAS[o.name] ?? null,
        o.contact.name,
        o.contact.role,
        o.contact.email,
        o.contact.phone,
      ],
    );
  }
}
