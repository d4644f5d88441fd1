import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@atolye/shared';

export const MAX_PAGE = 1_000_000;

/** Query of every paged list: `?page=1&pageSize=20&q=text`. */
export class PageQueryDto {
  /** 1-based page number. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // Far past any list's end, and (page - 1) * pageSize stays a number PostgreSQL's OFFSET takes.
  @Max(MAX_PAGE)
  page = 1;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = DEFAULT_PAGE_SIZE;

  /** Free-text search. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** Escapes `%`, `_` and `\` so a search text is matched literally by ILIKE. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
