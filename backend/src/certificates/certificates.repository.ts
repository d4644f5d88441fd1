import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CertificateEntity } from './certificate.entity';

@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { id } });
  }

  findByCode(code: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { verificationCode: code } });
  }

  findBySha256(sha256: string): Promise<CertificateEntity | null> {
    return this.db.getRepository(CertificateEntity).findOne({ where: { sha256 } });
  }

  ofSession(sessionId: string): Promise<CertificateEntity[]> {
    return this.db
      .getRepository(CertificateEntity)
      .find({ where: { sessionId }, order: { issuedAt: 'ASC' } });
  }

  ofPerson(personId: string): Promise<CertificateEntity[]> {
    return this.db
      .getRepository(CertificateEntity)
      .find({ where: { personId }, order: { issuedAt: 'DESC' } });
  }

  /** The next serial of the year, e.g. ATL-2026-000042; the row lock keeps numbers sequential. */
  async nextSerial(manager: EntityManager, year: number): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO certificate_serials (year, last) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last = certificate_serials.last + 1
       RETURNING last`,
      [year],
    );
    return `ATL-${year}-${String(row.last).padStart(6, '0')}`;
  }
}
