import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { CertificatesService } from '../certificates/certificates.service';
import type { AppConfig } from '../config/app-config';
import { ContentPublisher } from '../content/content-publisher.service';
import { publishContent } from '../content/publish-content';
import { ADVISORY_LOCKS, withAdvisoryLock } from '../database/advisory-lock';
import { runMigrations } from '../database/migrate';
import { seedDemoCertificates } from '../demo/demo-certificates';
import { DEMO_PASSWORD } from '../demo/demo-data';
import { DemoFinishedSessionSeeder } from '../demo/demo-finished-session-seeder';
import { DemoFollowUpSeeder } from '../demo/demo-follow-up-seeder';
import { DemoSeeder } from '../demo/demo-seeder';
import { DemoTrainingSeeder } from '../demo/demo-training-seeder';
import { AdminAccounts } from '../people/admin-accounts.service';

/**
 * Start-up work on the shared database: migrations, content, the first administrator and demo
 * data. Replicas started together take turns under advisory locks, so the second finds it done.
 */
export async function prepareDatabase(app: INestApplication, config: AppConfig): Promise<void> {
  const logger = new Logger('Atölye');
  const db = app.get(DataSource);
  const { url } = db.options as PostgresConnectionOptions;
  const work = async (): Promise<void> => {
    await runMigrations(db);
    await publishContent(app.get(ContentPublisher), config.contentDir);
    if (config.firstAdmin && (await app.get(AdminAccounts).createIfAbsent(config.firstAdmin)))
      logger.log(
        `First administrator ${config.firstAdmin.email} created (from ADMIN_EMAIL and ADMIN_PASSWORD)`,
      );
    if (config.seedDemoData) await seedDemo(app, logger);
  };
  await (url ? withAdvisoryLock(url, ADVISORY_LOCKS.startup, 'its start-up work', work) : work());
}

async function seedDemo(app: INestApplication, logger: Logger): Promise<void> {
  const accounts = await app.get(DemoSeeder).seed();
  await app.get(DemoTrainingSeeder).seed();
  await app.get(DemoFinishedSessionSeeder).seed();
  await app.get(DemoFollowUpSeeder).seed();
  const verifications = await seedDemoCertificates(app.get(DataSource), app.get(CertificatesService));
  const lines = accounts.map(
    (a) => `  ${a.roles.join(', ').padEnd(22)} ${a.email.padEnd(34)} ${DEMO_PASSWORD}`,
  );
  logger.log(`Demo accounts (role, email, password):\n${lines.join('\n')}`);
  if (verifications.length)
    logger.log(
      `Demo certificates, verifiable by anyone:\n${verifications.map((url) => `  ${url}`).join('\n')}`,
    );
}
