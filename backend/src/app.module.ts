import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from './access/access.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { SameOriginMiddleware } from './auth/same-origin.middleware';
import { CalendarModule } from './calendar/calendar.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CredentialsModule } from './credentials/credentials.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { CapacityModule } from './capacity/capacity.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { ContentModule } from './content/content.module';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { LearningModule } from './learning/learning.module';
import { MailModule } from './mail/mail.module';
import { SessionChangesModule } from './session-changes/session-changes.module';
import { SessionsModule } from './sessions/sessions.module';
import { TrainersModule } from './trainers/trainers.module';
import { ProgrammeEventsModule } from './programme-events/programme-events.module';
import { CoachingModule } from './coaching/coaching.module';
import { TrainingsModule } from './trainings/trainings.module';
import { DemoModule } from './demo/demo.module';
import { JsonOnlyMiddleware } from './common/json-only.middleware';
import { NoStoreMiddleware } from './common/no-store.middleware';
import { SafeInputMiddleware } from './common/safe-input.middleware';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { HealthController } from './health/health.controller';
import { HomeModule } from './home/home.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { ReportsModule } from './reports/reports.module';
import { LogframeModule } from './logframe/logframe.module';
import { XapiModule } from './xapi/xapi.module';

@Module({})
export class AppModule implements NestModule {
  /** `databaseUrl` is the server to use: DATABASE_URL, or the embedded PostgreSQL started for it. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(
          dataSourceOptions(databaseUrl, ENTITIES, MIGRATIONS, {
            connectSeconds: config.databaseConnectTimeoutSeconds,
            statementSeconds: config.databaseStatementTimeoutSeconds,
          }),
        ),
        // One Redis connection setting for every queue (certificates, mail); without it, work runs in process.
        ...(config.redisUrl ? [BullModule.forRoot({ connection: { url: config.redisUrl } })] : []),
        MailModule.forRoot(config),
        NotificationsModule.forRoot(config),
        AccessModule,
        AuditModule,
        OrganisationsModule,
        PeopleModule,
        AuthModule,
        ContentModule,
        TrainingsModule,
        SessionsModule,
        TrainersModule,
        ProgrammeEventsModule,
        CoachingModule,
        EnrolmentsModule,
        LearningModule,
        CatalogueModule,
        AttendanceModule,
        CalendarModule,
        HomeModule,
        EvaluationsModule,
        FollowUpModule,
        CapacityModule,
        AssessmentsModule,
        SessionChangesModule,
        CredentialsModule,
        CertificatesModule.forRoot(config),
        ReportsModule,
        LogframeModule,
        XapiModule.forRoot(config),
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(SameOriginMiddleware, NoStoreMiddleware, JsonOnlyMiddleware, SafeInputMiddleware)
      .forRoutes('*path');
  }
}
