import { BadRequestException, Injectable, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import {
  GIFT_MAX_FILE_BYTES,
  type GiftConversion,
  type Language,
  type QuizDefinition,
  type QuizKind,
} from '@atolye/shared';
import { problem } from '../../common/api-problem';
import { ContentRepository } from '../content.repository';
import type { GiftConversionDto } from './gift.dto';
import { GiftTimeLimitError } from './gift-problems';
import { giftToQuestions } from './gift-to-quiz';
import { quizToGift } from './quiz-to-gift';
import { quizToYaml } from './quiz-yaml';

/** Longest a conversion may take; a file within the size limit takes a small part of it. */
const TIME_LIMIT_MS = 2000;

/** The settings a converted quiz starts with, per kind; the author edits them in the file. */
const DEFAULTS: Record<
  QuizKind,
  Pick<QuizDefinition, 'title' | 'passMarkPercent' | 'maxAttempts' | 'reviewPolicy'>
> = {
  pre_test: {
    title: { en: 'Pre-test', tr: 'Ön test' },
    passMarkPercent: 0,
    maxAttempts: 1,
    reviewPolicy: 'after_post_test',
  },
  knowledge_check: {
    title: { en: 'Knowledge check', tr: 'Bilgi kontrolü' },
    passMarkPercent: 0,
    maxAttempts: 3,
    reviewPolicy: 'after_each_attempt',
  },
  post_test: {
    title: { en: 'Post-test', tr: 'Son test' },
    passMarkPercent: 70,
    maxAttempts: 2,
    reviewPolicy: 'after_last_attempt',
  },
};

/** Moodle GIFT in and out: quiz files from GIFT for a module, and published quizzes as GIFT. */
@Injectable()
export class GiftService {
  constructor(private readonly content: ContentRepository) {}

  convert(request: GiftConversionDto): GiftConversion {
    const languages = request.files.map((f) => f.language);
    const twice = languages.find((language, i) => languages.indexOf(language) !== i);
    if (twice)
      throw new BadRequestException({
        message: `files: two files are in ${twice}; give one file per language`,
        details: [{ field: 'files', reason: `two files are in ${twice}` }],
      });
    for (const file of request.files) {
      const bytes = Buffer.byteLength(file.text, 'utf8');
      if (bytes > GIFT_MAX_FILE_BYTES)
        throw new PayloadTooLargeException(
          problem(
            'gift.fileTooLarge',
            `The ${file.language} file is ${Math.ceil(bytes / 1024)} KB; a GIFT file may be at most ${GIFT_MAX_FILE_BYTES / 1024} KB. Split it into several quizzes.`,
            { language: file.language, maxKb: GIFT_MAX_FILE_BYTES / 1024 },
          ),
        );
    }
    let converted;
    try {
      converted = giftToQuestions(request.files, performance.now() + TIME_LIMIT_MS);
    } catch (error) {
      // Only the time limit is expected here: the API refuses the file rather than hang on it.
      if (!(error instanceof GiftTimeLimitError)) throw error;
      throw new PayloadTooLargeException(
        problem('gift.tooSlow', 'The file took too long to convert; split it into smaller files', {
          seconds: TIME_LIMIT_MS / 1000,
        }),
      );
    }
    const { questions, problems } = converted;
    const quiz: QuizDefinition = {
      slug: request.slug,
      kind: request.kind,
      ...DEFAULTS[request.kind],
      title: Object.fromEntries(languages.map((l) => [l, DEFAULTS[request.kind].title[l]])),
      timeLimitMinutes: null,
      shuffleQuestions: true,
      shuffleOptions: true,
      pairedWith: request.kind === 'post_test' ? 'pre-test' : null,
      afterLesson: null,
      questions,
    };
    return {
      languages,
      questions,
      problems,
      yaml: problems.length === 0 ? quizToYaml(quiz) : null,
      fileName: `${request.slug}.yaml`,
    };
  }

  /** A published quiz in one language, as a GIFT file to import into Moodle. */
  async export(
    slug: string,
    version: string,
    quizSlug: string,
    language: Language,
  ): Promise<{ fileName: string; text: string }> {
    const module = await this.content.findVersion(slug, version);
    if (!module) throw new NotFoundException(`No published module ${slug} version ${version}`);
    const quiz = await this.content.findQuiz(module.id, quizSlug);
    if (!quiz) throw new NotFoundException(`Module ${slug} ${version} has no quiz "${quizSlug}"`);
    if (!module.languages.includes(language))
      throw new BadRequestException({
        message: `lang: module ${slug} is not written in ${language}`,
        details: [{ field: 'lang', reason: `the module has no ${language} text` }],
      });
    return { fileName: `${slug}-${quizSlug}-${language}.gift.txt`, text: quizToGift(quiz, language) };
  }
}
