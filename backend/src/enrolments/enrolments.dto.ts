import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import type { EnrolPersonRequest, StartImportRequest } from '@atolye/shared';

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
