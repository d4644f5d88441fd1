import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  EnrolmentLearning,
  EnrolmentStatus,
  Language,
  LessonContent,
  MyEnrolment,
  Progress,
  SessionSummary,
} from '@atolye/shared';
import type { SignedInPerson } from '../auth/signed-in-person';
import { sameLocalDay } from '../common/zoned-time';
import { toLessonContent, toLessonSummary, toModuleVersionSummary } from '../content/content.dto';
import { ContentRepository } from '../content/content.repository';
import type { LessonEntity } from '../content/lesson.entity';
import type { ModuleVersionEntity } from '../content/module-version.entity';
import type { EnrolmentEntity } from '../enrolments/enrolment.entity';
import { toProgress } from '../enrolments/enrolments.mapper';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { toMeeting, toSessionSummary } from '../sessions/sessions.mapper';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SessionsService } from '../sessions/sessions.service';
import type { SessionContext } from '../sessions/sessions.mapper';
import type { SessionEntity } from '../sessions/session.entity';
import { TrainingsRepository } from '../trainings/trainings.repository';
import { QuizEntity } from '../assessments/quiz.entity';
import { LessonProgressEntity } from './lesson-progress.entity';

/** The online meeting's address is for those holding a seat, not those still waiting for one. */
function withLinkForSeatHolders(session: SessionSummary, status: EnrolmentStatus): SessionSummary {
  return status === 'enrolled' || status === 'completed' ? session : { ...session, meetingLink: null };
}

interface ReadingPath {
  enrolment: EnrolmentEntity;
  modules: ModuleVersionEntity[];
  lessons: LessonEntity[];
  completed: Set<string>;
}

/** A trainee's own learning: enrolments, the reading path of the pinned modules, and progress. */
@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrolments: EnrolmentsRepository,
    private readonly sessions: SessionsRepository,
    private readonly sessionsService: SessionsService,
    private readonly trainings: TrainingsRepository,
    private readonly content: ContentRepository,
  ) {}

  async myEnrolments(caller: SignedInPerson, now = new Date()): Promise<MyEnrolment[]> {
    const rows = (await this.enrolments.rows({ personId: caller.id })).filter(
      (r) => r.status !== 'rejected' && r.status !== 'withdrawn',
    );
    const sessions = (await Promise.all(
      rows.map((r) => this.sessions.findById(r.session_id)),
    )) as SessionEntity[];
    const contexts = await this.sessionsService.contexts(sessions);
    return rows.map((row, i) => {
      const context = contexts.get(row.session_id) as SessionContext;
      const next = context.meetings.find((m) => m.endsAt > now);
      const zone = sessions[i].timeZone;
      return {
        id: row.id,
        status: row.status,
        waitlistPosition: row.waitlist_position,
        training: { id: context.training.id, title: context.training.title },
        session: withLinkForSeatHolders(toSessionSummary(sessions[i], context), row.status),
        nextMeeting: next ? toMeeting(next) : null,
        // On the meeting's day in its own zone (or while it runs past midnight), until it ends.
        nextMeetingToday:
          next !== undefined && (next.startsAt <= now || sameLocalDay(next.startsAt, now, zone)),
        progress: toProgress(row.completed_lessons, row.total_lessons),
      };
    });
  }

  async learning(caller: SignedInPerson, enrolmentId: string): Promise<EnrolmentLearning> {
    const path = await this.readingPath(caller, enrolmentId);
    const session = (await this.sessions.findById(path.enrolment.sessionId)) as SessionEntity;
    const training = await this.trainings.findById(session.trainingId);
    const modules = path.modules.map((module) => {
      const lessons = path.lessons.filter((l) => l.moduleVersionId === module.id);
      const done = lessons.filter((l) => path.completed.has(l.id)).length;
      return {
        module: toModuleVersionSummary(module, lessons.length),
        lessons: lessons.map((l) => ({ ...toLessonSummary(l), completed: path.completed.has(l.id) })),
        progress: toProgress(done, lessons.length),
      };
    });
    const ordered = this.ordered(path);
    return {
      enrolmentId,
      trainingTitle: training?.title ?? {},
      sessionTitle: session.title,
      modules,
      progress: this.progressOf(path),
      nextLessonId: ordered.find((l) => !path.completed.has(l.id))?.id ?? null,
    };
  }

  async lesson(
    caller: SignedInPerson,
    enrolmentId: string,
    lessonId: string,
    language?: Language,
  ): Promise<LessonContent> {
    const path = await this.readingPath(caller, enrolmentId);
    const lesson = path.lessons.find((l) => l.id === lessonId);
    if (!lesson) throw new NotFoundException('This lesson is not part of your training');
    const module = path.modules.find((m) => m.id === lesson.moduleVersionId) as ModuleVersionEntity;
    // Previous and next run across modules, in the training's order.
    const ordered = this.ordered(path);
    const content = toLessonContent(module, ordered, lesson, language);
    const check = await this.db.getRepository(QuizEntity).findOne({
      select: { id: true, title: true },
      where: { moduleVersionId: lesson.moduleVersionId, afterLesson: lesson.slug, kind: 'knowledge_check' },
    });
    return {
      ...content,
      completed: path.completed.has(lesson.id),
      knowledgeCheck: check ? { quizId: check.id, title: check.title } : null,
    };
  }

  async complete(caller: SignedInPerson, enrolmentId: string, lessonId: string): Promise<Progress> {
    const path = await this.readingPath(caller, enrolmentId);
    if (!path.lessons.some((l) => l.id === lessonId))
      throw new NotFoundException('This lesson is not part of your training');
    await this.db
      .getRepository(LessonProgressEntity)
      .createQueryBuilder()
      .insert()
      .values({ enrolmentId, lessonId })
      .orIgnore()
      .execute();
    path.completed.add(lessonId);
    return this.progressOf(path);
  }

  /** Only the enrolled person reads, and only once they hold a seat (not while pending or waitlisted). */
  private async readingPath(caller: SignedInPerson, enrolmentId: string): Promise<ReadingPath> {
    const enrolment = await this.enrolments.findById(enrolmentId);
    if (!enrolment || enrolment.personId !== caller.id)
      throw new NotFoundException('No enrolment of yours with this id');
    if (enrolment.status !== 'enrolled' && enrolment.status !== 'completed') {
      throw new ForbiddenException(
        `Lessons open once you hold a seat in the session (your enrolment is ${enrolment.status})`,
      );
    }
    const revision = await this.trainings.findRevisionById(enrolment.trainingRevisionId);
    const ids = revision?.moduleVersionIds ?? [];
    const [versions, lessons, progress] = await Promise.all([
      this.content.findVersionsByIds(ids),
      this.content.lessonsOf(ids),
      this.db.getRepository(LessonProgressEntity).find({ where: { enrolmentId } }),
    ]);
    const modules = ids
      .map((id) => versions.find((v) => v.id === id))
      .filter((v): v is ModuleVersionEntity => Boolean(v));
    return { enrolment, modules, lessons, completed: new Set(progress.map((p) => p.lessonId)) };
  }

  private ordered(path: ReadingPath): LessonEntity[] {
    return path.modules.flatMap((m) =>
      path.lessons.filter((l) => l.moduleVersionId === m.id).sort((a, b) => a.position - b.position),
    );
  }

  private progressOf(path: ReadingPath): Progress {
    return toProgress(path.lessons.filter((l) => path.completed.has(l.id)).length, path.lessons.length);
  }
}
