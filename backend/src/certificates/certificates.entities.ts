import { CertificateJobEntity } from './certificate-job.entity';
import { CertificateSerialEntity } from './certificate-serial.entity';
import { CertificateEntity } from './certificate.entity';
import { CertificateAssetEntity } from './templates/certificate-asset.entity';
import { CertificateTemplateEntity } from './templates/certificate-template.entity';

/** The tables certificates owns, as TypeORM entities; collected for the data source in src/entities.ts. */
export const CERTIFICATES_ENTITIES = [
  CertificateEntity,
  CertificateSerialEntity,
  CertificateJobEntity,
  CertificateAssetEntity,
  CertificateTemplateEntity,
];
