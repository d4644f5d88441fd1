import { Transform } from 'class-transformer';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import type { EnrolPersonRequest, StartImportRequest, WithdrawEnrolmentRequest } from '@atolye/shared';

export class EnrolPersonDto implements EnrolPersonRequest {
  @IsUUID()
  personId: string;
}

export class StartImportDto implements StartImportRequest {
  @IsString()
  @MaxLength(200)
  @Matches(/\.(csv|xlsx)$/i, { message: 'fileName must end in .csv or .xlsx' })
  fileName: string;

  @IsString()
  @MinLength(1)
  // About 1 MB of file once decoded; the body limit of the import route is raised to match.
  @MaxLength(1_400_000, { message: 'contentBase64 is too large: import at most 1 MB at a time' })
  contentBase64: string;
}

export class WithdrawEnrolmentDto implements WithdrawEnrolmentRequest {
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(500)
  reason: string;
}
