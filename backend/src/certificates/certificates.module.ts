import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { VerificationRateLimit } from '../access/verification-rate-limit.guard';
import type { AppConfig } from '../config/app-config';
import { CompletionRepository } from '../completion/completion.repository';
import { CompletionService } from '../completion/completion.service';
import { CredentialsModule } from '../credentials/credentials.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { SessionsModule } from '../sessions/sessions.module';
import { CertificateJobsRepository } from './certificate-jobs.repository';
import { CERTIFICATE_QUEUE, CertificateJobsService } from './certificate-jobs.service';
import { CertificateProcessor } from './certificate.processor';
import { CertificateReadingService } from './certificate-reading.service';
import { CertificateRenderer } from './certificate-renderer';
import { CertificateRevocationService } from './certificate-revocation.service';
import { CertificateTemplatesController } from './templates/certificate-templates.controller';
import { CertificateTemplatesRepository } from './templates/certificate-templates.repository';
import { CertificateTemplatesService } from './templates/certificate-templates.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { VerificationController } from './verification.controller';

@Module({})
export class CertificatesModule {
  /** With REDIS_URL (connected in AppModule), bulk jobs go to a BullMQ queue (worked here unless RUN_WORKER=false); else in process. */
  static forRoot(config: AppConfig): DynamicModule {
    const queue = config.redisUrl ? [BullModule.registerQueue({ name: CERTIFICATE_QUEUE })] : [];
    return {
      module: CertificatesModule,
      imports: [SessionsModule, CredentialsModule, EnrolmentsModule, ...queue],
      controllers: [CertificatesController, VerificationController, CertificateTemplatesController],
      providers: [
        CertificatesService,
        CertificateRevocationService,
        CertificateReadingService,
        CertificatesRepository,
        CertificateRenderer,
        CertificateTemplatesService,
        CertificateTemplatesRepository,
        CertificateJobsService,
        CertificateJobsRepository,
        CompletionService,
        CompletionRepository,
        VerificationRateLimit,
        ...(config.redisUrl && config.runWorker ? [CertificateProcessor] : []),
      ],
      exports: [CertificatesService, CertificateJobsService, CompletionService],
    };
  }
}
