import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AUDIT_ACTIONS, type AuditAction } from '@atolye/shared';
import { PageQueryDto } from '../common/pagination.dto';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @IsOptional()
  @IsUUID()
  subjectId?: string;
}
