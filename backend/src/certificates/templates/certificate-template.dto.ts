import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CERTIFICATE_IMAGE_MAX_BYTES,
  CERTIFICATE_WORDINGS,
  type CertificateLogo,
  type CertificateSignatory,
  type CertificateTemplate,
  type CertificateWording,
} from '@atolye/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** A data: URL of an image at the size limit, base64 taking 4 characters for every 3 bytes. */
const MAX_DATA_URL = Math.ceil((CERTIFICATE_IMAGE_MAX_BYTES * 4) / 3) + 40;
const TOO_LARGE = {
  message: `$property is too large: images may be at most ${CERTIFICATE_IMAGE_MAX_BYTES / 1024} KB`,
};

export class CertificateLogoDto implements CertificateLogo {
  @IsString()
  @MaxLength(MAX_DATA_URL, TOO_LARGE)
  image: string;

  /** Read out by screen readers in place of the logo. */
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'name must say whose logo it is' })
  @MaxLength(120)
  name: string;
}

export class CertificateSignatoryDto implements CertificateSignatory {
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string;

  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(160)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(MAX_DATA_URL, TOO_LARGE)
  signature: string | null;
}

export class SaveCertificateTemplateDto implements CertificateTemplate {
  @IsIn(CERTIFICATE_WORDINGS)
  wording: CertificateWording;

  @IsOptional()
  @ValidateNested()
  @Type(() => CertificateLogoDto)
  programmeLogo: CertificateLogoDto | null;

  @IsArray()
  @ArrayMaxSize(4, { message: 'partnerLogos may hold at most 4 logos' })
  @ValidateNested({ each: true })
  @Type(() => CertificateLogoDto)
  partnerLogos: CertificateLogoDto[];

  @IsArray()
  @ArrayMinSize(1, { message: 'signatories needs one or two people' })
  @ArrayMaxSize(2, { message: 'signatories needs one or two people' })
  @ValidateNested({ each: true })
  @Type(() => CertificateSignatoryDto)
  signatories: CertificateSignatoryDto[];

  @IsBoolean()
  euFunded: boolean;
}
