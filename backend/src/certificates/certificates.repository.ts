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
    const [serial] = await this.nextSerials(manager, year, 1);
    return serial;
  }

  /**
   * The next `count` serials of the year, in order and without gaps, taken in one statement;
   * the row lock, held to the end of the transaction, keeps numbers sequential.
   */
  async nextSerials(manager: EntityManager, year: number, count: number): Promise<string[]> {
    const [row] = await manager.query(
      `INSERT INTO certificate_serials (year, last) VALUES ($1, $2::int)
       ON CONFLICT (year) DO UPDATE SET last = certificate_serials.last + $2::int
       RETURNING last`,
      [year, count],
    );
    const first = Number(row.last) - count + 1;
    return Array.from({ length: count }, (_, i) => `ATL-${year}-${String(first + i).padStart(6, '0')}`);
  }
}
