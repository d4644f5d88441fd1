import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type {
  EnrolmentLearning,
  EnrolmentStatus,
  Language,
  LessonContent,
  LocalisedText,
  MyEnrolment,
  Progress,
  SessionSummary,
} from '@atolye/shared';
import type { SignedInPerson } from '../access/signed-in-person';
import { sameLocalDay } from '../common/zoned-time';
import { poolQuery } from '../database/pool-query';
import { toLessonContent, toLessonSummary, toModuleVersionSummary } from '../content/content.dto';
import { ContentRepository } from '../content/content.repository';
import type { LessonEntity } from '../content/lesson.entity';
import type { ModuleVersionEntity } from '../content/module-version.entity';
import { toProgress } from '../enrolments/enrolments.mapper';
import { toMeeting, toSessionSummary } from '../sessions/sessions.mapper';
import { LessonProgressEntity } from './lesson-progress.entity';
import { MyEnrolmentsRepository } from './my-enrolments.repository';

/** The online meeting's address is for those holding a seat, not those still waiting for one. */
function withLinkForSeatHolders(session: SessionSummary, status: EnrolmentStatus): SessionSummary {
  return status === 'enrolled' || status === 'completed' ? session : { ...session, meetingLink: null };
}

interface ReadingPath {
  sessionTitle: string;
  trainingTitle: LocalisedText;
  modules: ModuleVersionEntity[];
  lessons: LessonEntity[];
  completed: Set<string>;
  /** The knowledge check placed after the lesson asked for, if one was. */
  knowledgeCheck: { id: string; title: LocalisedText } | null;
}

interface PathRow {
  person_id: string;
  status: EnrolmentStatus;
  session_title: string;
  training_title: LocalisedText | null;
  module_version_ids: string[];
  completed: string[];
  knowledge_check: { id: string; title: LocalisedText } | null;
}

/**
 * Everything of an enrolment that the reading path and a lesson need besides the (cached) module
 * versions and lessons, in one statement: whose it is and its status, the session's and the
 * training's titles, the pinned module versions, the completed lessons, and the knowledge check
 * after lesson $2 (when given).
 */
const PATH_SQL = `
  SELECT e.person_id, e.status, s.title AS session_title, t.title AS training_title,
         coalesce(r.module_version_ids, '{}')::text[] AS module_version_ids,
         ARRAY(SELECT lp.lesson_id FROM lesson_progress lp WHERE lp.enrolment_id = e.id)::text[] AS completed,
         (SELECT json_build_object('id', q.id, 'title', q.title)
            FROM lessons l
            JOIN quizzes q ON q.module_version_id = l.module_version_id AND q.after_lesson = l.slug
                          AND q.kind = 'knowledge_check'
           WHERE l.id = $2::uuid
           LIMIT 1) AS knowledge_check
    FROM enrolments e
    LEFT JOIN training_revisions r ON r.id = e.training_revision_id
    LEFT JOIN sessions s ON s.id = e.session_id
    LEFT JOIN trainings t ON t.id = s.training_id
   WHERE e.id = $1`;

/** A trainee's own learning: enrolments, the reading path of the pinned modules, and progress. */
@Injectable()
export class LearningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly myEnrolmentRecords: MyEnrolmentsRepository,
    private readonly content: ContentRepository,
  ) {}

  async myEnrolments(caller: SignedInPerson, now = new Date()): Promise<MyEnrolment[]> {
    return (await this.myEnrolmentRecords.of(caller.id, now)).map((record) => {
      const { session, context } = record;
      const next = context.meetings.find((m) => m.endsAt > now);
      return {
        id: record.id,
        status: record.status,
        waitlistPosition: record.waitlistPosition,
        training: { id: context.training.id, title: context.training.title },
        session: withLinkForSeatHolders(toSessionSummary(session, context), record.status),
        nextMeeting: next ? toMeeting(next) : null,
        // On the meeting's day in its own zone (or while it runs past midnight), until it ends.
        nextMeetingToday:
          next !== undefined && (next.startsAt <= now || sameLocalDay(next.startsAt, now, session.timeZone)),
        progress: toProgress(record.completedLessons, record.totalLessons),
      };
    });
  }

  async learning(caller: SignedInPerson, enrolmentId: string): Promise<EnrolmentLearning> {
    const path = await this.readingPath(caller, enrolmentId);
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
      trainingTitle: path.trainingTitle,
      sessionTitle: path.sessionTitle,
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
    const path = await this.readingPath(caller, enrolmentId, lessonId);
    const lesson = path.lessons.find((l) => l.id === lessonId);
    if (!lesson) throw new NotFoundException('This lesson is not part of your training');
    const module = path.modules.find((m) => m.id === lesson.moduleVersionId) as ModuleVersionEntity;
    // Previous and next run across modules, in the training's order.
    const ordered = this.ordered(path);
    const content = toLessonContent(module, ordered, lesson, language);
    const check = path.knowledgeCheck;
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
  private async readingPath(
    caller: SignedInPerson,
    enrolmentId: string,
    lessonId: string | null = null,
  ): Promise<ReadingPath> {
    const [row] = await poolQuery<PathRow>(this.db, PATH_SQL, [enrolmentId, lessonId], 'learning-path');
    if (!row || row.person_id !== caller.id)
      throw new NotFoundException('No enrolment of yours with this id');
    if (row.status !== 'enrolled' && row.status !== 'completed') {
      throw new ForbiddenException(
        `Lessons open once you hold a seat in the session (your enrolment is ${row.status})`,
      );
    }
    const ids = row.module_version_ids;
    const [versions, lessons] = await Promise.all([
      this.content.findVersionsByIds(ids),
      this.content.lessonsOf(ids),
    ]);
    const modules = ids
      .map((id) => versions.find((v) => v.id === id))
      .filter((v): v is ModuleVersionEntity => Boolean(v));
    return {
      sessionTitle: row.session_title,
      trainingTitle: row.training_title ?? {},
      modules,
      lessons,
      completed: new Set(row.completed),
      knowledgeCheck: row.knowledge_check,
    };
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
