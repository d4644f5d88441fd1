import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionQuizDeadlines } from '@atolye/shared';
import { RequirePermission } from '../access/access.decorator';
import { UuidParam } from '../common/uuid-param.pipe';
import { SaveQuizDeadlinesDto } from './quiz-deadlines.dto';
import { QuizDeadlinesService } from './quiz-deadlines.service';

@ApiTags('assessments')
@Controller('sessions/:id/quiz-deadlines')
export class QuizDeadlinesController {
  constructor(private readonly deadlines: QuizDeadlinesService) {}

  /** The session's pre- and post-tests with the date and time each closes (null: open). */
  @Get()
  @RequirePermission('sessions.manage')
  get(@Param('id', UuidParam) id: string): Promise<SessionQuizDeadlines> {
    return this.deadlines.get(id);
  }

  /** Sets every deadline of the session at once; a quiz left out stays open. */
  @Put()
  @RequirePermission('sessions.manage')
  save(
    @Param('id', UuidParam) id: string,
    @Body() body: SaveQuizDeadlinesDto,
  ): Promise<SessionQuizDeadlines> {
    return this.deadlines.save(id, body);
  }
}
