import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { CertificatesService } from '../certificates/certificates.service';
import type { AppConfig } from '../config/app-config';
import { CredentialKeys } from '../credentials/credential-keys';
import { ContentPublisher } from '../content/content-publisher.service';
import { publishContent } from '../content/publish-content';
import { ADVISORY_LOCKS, withAdvisoryLock } from '../database/advisory-lock';
import { runMigrations } from '../database/migrate';
import { seedDemoCertificates } from '../demo/demo-certificates';
import { DemoFinishedSessionSeeder } from '../demo/demo-finished-session-seeder';
import { DemoCapacitySeeder } from '../demo/demo-capacity-seeder';
import { DemoFollowUpSeeder } from '../demo/demo-follow-up-seeder';
import { DemoSeeder } from '../demo/demo-seeder';
import { DemoTrainingSeeder } from '../demo/demo-training-seeder';
import { AdminAccounts } from '../people/admin-accounts.service';
import type { StartResult } from './start-summary';

/**
 * Start-up work on the shared database: migrations, content, the first administrator and demo
 * data. Replicas started together take turns under advisory locks, so the second finds it done.
 * Returns the demo accounts and links for the block that ends the start.
 */
export async function prepareDatabase(app: INestApplication, config: AppConfig): Promise<StartResult> {
  const logger = new Logger('Atölye');
  const db = app.get(DataSource);
  const { url } = db.options as PostgresConnectionOptions;
  let result: StartResult = { demoAccounts: [], verifications: [] };
  const work = async (): Promise<void> => {
    await runMigrations(db);
    await app.get(CredentialKeys).signingKey();
    await publishContent(app.get(ContentPublisher), config.contentDir);
    if (config.firstAdmin && (await app.get(AdminAccounts).createIfAbsent(config.firstAdmin)))
      logger.log(
        `First administrator ${config.firstAdmin.email} created (from ADMIN_EMAIL and ADMIN_PASSWORD)`,
      );
    if (config.seedDemoData) result = await seedDemo(app);
  };
  await (url ? withAdvisoryLock(url, ADVISORY_LOCKS.startup, 'its start-up work', work) : work());
  return result;
}

async function seedDemo(app: INestApplication): Promise<StartResult> {
  const demoAccounts = await app.get(DemoSeeder).seed();
  await app.get(DemoTrainingSeeder).seed();
  await app.get(DemoFinishedSessionSeeder).seed();
  await app.get(DemoFollowUpSeeder).seed();
  await app.get(DemoCapacitySeeder).seed();
  const verifications = await seedDemoCertificates(app.get(DataSource), app.get(CertificatesService));
  return { demoAccounts, verifications };
}
