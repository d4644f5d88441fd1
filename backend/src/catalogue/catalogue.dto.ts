import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { LANGUAGES, SESSION_MODES, type Language, type SessionMode } from '@atolye/shared';

export class CatalogueQueryDto {
  /** Words in a training's title or description. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  topic?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @IsOptional()
  @IsIn(SESSION_MODES)
  mode?: SessionMode;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  /** Only sessions starting on or after this date (YYYY-MM-DD). */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;
}
