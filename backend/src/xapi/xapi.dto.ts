import { IsOptional, IsUUID } from 'class-validator';
import type { XapiExportFilters } from '@atolye/shared';
import { IsDay } from '../common/is-day';

/** Filters of the statements export; days are days in Türkiye, both included. */
export class XapiExportQueryDto implements XapiExportFilters {
  @IsOptional()
  @IsDay('from')
  from?: string;

  @IsOptional()
  @IsDay('to')
  to?: string;

  @IsOptional()
  @IsUUID('all', { message: 'sessionId must be a UUID' })
  sessionId?: string;
}
