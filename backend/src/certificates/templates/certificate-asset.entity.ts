import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An image printed on certificates (a logo, a signature), named by the SHA-256 of its bytes.
 * Never changed or deleted: issued certificates name the images they were drawn with.
 */
@Entity('certificate_assets')
export class CertificateAssetEntity {
  @PrimaryColumn('text')
  sha256: string;

  @Column('text', { name: 'media_type' })
  mediaType: string;

  @Column('bytea')
  bytes: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
