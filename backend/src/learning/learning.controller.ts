import { Controller, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EnrolmentLearning, LessonContent, MyEnrolment, Progress } from '@atolye/shared';
import { SignedIn } from '../access/access.decorator';
import { Caller, type SignedInPerson } from '../access/signed-in-person';
import { UuidParam } from '../common/uuid-param.pipe';
import { LessonLanguageQueryDto } from '../content/content.dto';
import { LearningService } from './learning.service';

/** The signed-in person's own learning; every record is checked to be theirs. */
@ApiTags('learning')
@Controller('my/enrolments')
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Get()
  @SignedIn()
  mine(@Caller() caller: SignedInPerson): Promise<MyEnrolment[]> {
    return this.learning.myEnrolments(caller);
  }

  /** The modules and lessons of one enrolment, with what is completed. */
  @Get(':id/learning')
  @SignedIn()
  path(@Caller() caller: SignedInPerson, @Param('id', UuidParam) id: string): Promise<EnrolmentLearning> {
    return this.learning.learning(caller, id);
  }

  @Get(':id/lessons/:lessonId')
  @SignedIn()
  lesson(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('lessonId', UuidParam) lessonId: string,
    @Query() query: LessonLanguageQueryDto,
  ): Promise<LessonContent> {
    return this.learning.lesson(caller, id, lessonId, query.lang);
  }

  /** Marks a lesson as complete (again is harmless) and returns the new progress. */
  @Put(':id/lessons/:lessonId/complete')
  @HttpCode(200)
  @SignedIn()
  complete(
    @Caller() caller: SignedInPerson,
    @Param('id', UuidParam) id: string,
    @Param('lessonId', UuidParam) lessonId: string,
  ): Promise<Progress> {
    return this.learning.complete(caller, id, lessonId);
  }
}
