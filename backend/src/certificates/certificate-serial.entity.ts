import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last serial number used in a year; incremented in the issuing transaction. */
@Entity('certificate_serials')
export class CertificateSerialEntity {
  @PrimaryColumn('int')
  year: number;

  @Column('int')
  last: number;
}
