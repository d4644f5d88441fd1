import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { organisationNameKey } from '../organisations/organisation-name-key';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD, type DemoAccount } from './demo-data';

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
      for (const organisation of DEMO_ORGANISATIONS) {
        await organisations
          .createQueryBuilder()
          .insert()
          .values({ ...organisation, nameKey: organisationNameKey(organisation.name) })
          .orIgnore()
          .execute();
      }
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
    });
    this.logger.log(
      `Demo data ready: ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_ACCOUNTS.length} accounts`,
    );
    return DEMO_ACCOUNTS;
  }
}
