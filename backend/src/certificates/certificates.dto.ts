import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type {
  IssueCertificateRequest,
  ReissueCertificateRequest,
  RevokeCertificateRequest,
} from '@atolye/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class IssueCertificateDto implements IssueCertificateRequest {
  @IsUUID()
  enrolmentId: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(10, { message: 'overrideReason must say why, in at least 10 characters' })
  @MaxLength(500)
  overrideReason?: string;
}

export class RevokeCertificateDto implements RevokeCertificateRequest {
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'reason must say why the certificate is revoked' })
  @MaxLength(500)
  reason: string;
}

export class ReissueCertificateDto implements ReissueCertificateRequest {
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  holderName: string;

  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'reason must say why the certificate is re-issued' })
  @MaxLength(500)
  reason: string;
}

export class VerifyFileDto {
  /** The PDF to check, base64-encoded. */
  @IsString()
  @MinLength(1)
  @MaxLength(1_400_000, { message: 'contentBase64 is too large: a certificate is under 100 KB' })
  contentBase64: string;
}
