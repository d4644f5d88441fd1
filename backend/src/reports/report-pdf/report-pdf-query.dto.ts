import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES, type Language } from '@atolye/shared';
import { ReportFiltersDto } from '../reports.dto';

export class ReportPdfQueryDto extends ReportFiltersDto {
  /** The report's language; the caller's own when not given. */
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
