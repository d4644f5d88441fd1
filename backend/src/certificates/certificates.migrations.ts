import { Certificates1764500000000 } from './migrations/1764500000000-certificates';
import { CertificateJobProvenance1765200000000 } from './migrations/1765200000000-certificate-job-provenance';
import { CertificateTemplates1765500000000 } from './migrations/1765500000000-certificate-templates';

/** The migrations of the tables certificates owns, oldest first; collected for the data source in src/migrations.ts. */
export const CERTIFICATES_MIGRATIONS = [
  Certificates1764500000000,
  CertificateJobProvenance1765200000000,
  CertificateTemplates1765500000000,
];
