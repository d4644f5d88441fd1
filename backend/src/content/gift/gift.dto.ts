import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsString,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  LANGUAGES,
  QUIZ_KINDS,
  type GiftConversionRequest,
  type GiftFile,
  type Language,
  type QuizKind,
} from '@atolye/shared';

export class GiftFileDto implements GiftFile {
  @IsIn(LANGUAGES)
  language: Language;

  /** The file's text; its size is checked by the service (413 beyond the limit). */
  @IsString()
  text: string;
}

export class GiftConversionDto implements GiftConversionRequest {
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case words joined by hyphens, such as post-test',
  })
  slug: string;

  @IsIn(QUIZ_KINDS)
  kind: QuizKind;

  @IsArray()
  @ArrayMinSize(1, { message: 'files must hold a GIFT file for at least one language' })
  @ArrayMaxSize(LANGUAGES.length)
  @ValidateNested({ each: true })
  @Type(() => GiftFileDto)
  files: GiftFileDto[];
}

export class GiftLanguageQueryDto {
  @IsIn(LANGUAGES)
  lang: Language;
}
