import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EnrolmentLearning, Language, LessonContent, MyEnrolment, SessionSummary } from '@atolye/shared';
import { sameLocalDay } from '../../src/common/zoned-time';
import { toMeeting, toSessionSummary, type SessionContext } from '../../src/sessions/sessions.mapper';
import type { TrainingEntity } from '../../src/trainings/training.entity';
import { QuizEntity } from '../../src/content/quiz.entity';
import { toLessonContent, toLessonSummary, toModuleVersionSummary } from '../../src/content/content.dto';
import { ContentRepository } from '../../src/content/content.repository';
import type { LessonEntity } from '../../src/content/lesson.entity';
import type { ModuleVersionEntity } from '../../src/content/module-version.entity';
import { toProgress } from '../../src/enrolments/enrolments.mapper';
import { EnrolmentsRepository } from '../../src/enrolments/enrolments.repository';
import { LessonProgressEntity } from '../../src/learning/lesson-progress.entity';
import type { SessionEntity } from '../../src/sessions/session.entity';
import { SessionsRepository } from '../../src/sessions/sessions.repository';
import { TrainingsRepository } from '../../src/trainings/trainings.repository';

/**
 * The reading path and lesson answers as they were built before they became one statement
 * (entity by entity through the repositories), kept only so a spec can check that the answers
 * are still the same, byte for byte.
 */
export function referenceLearning(app: INestApplication) {
  const db = app.get(DataSource);
  const enrolments = app.get(EnrolmentsRepository);
  const trainings = app.get(TrainingsRepository);
  const sessions = app.get(SessionsRepository);
  const content = app.get(ContentRepository);

  async function readingPath(enrolmentId: string) {
    const enrolment = await enrolments.findById(enrolmentId);
    if (!enrolment) throw new Error('no enrolment');
    const revision = await trainings.findRevisionById(enrolment.trainingRevisionId);
    const ids = revision?.moduleVersionIds ?? [];
    const [versions, lessons, progress] = await Promise.all([
      content.findVersionsByIds(ids),
      content.lessonsOf(ids),
      db.getRepository(LessonProgressEntity).find({ where: { enrolmentId } }),
    ]);
    const modules = ids
      .map((id) => versions.find((v) => v.id === id))
      .filter((v): v is ModuleVersionEntity => Boolean(v));
    return { enrolment, modules, lessons, completed: new Set(progress.map((p) => p.lessonId)) };
  }
  type Path = Awaited<ReturnType<typeof readingPath>>;
  const ordered = (path: Path): LessonEntity[] =>
    path.modules.flatMap((m) =>
      path.lessons.filter((l) => l.moduleVersionId === m.id).sort((a, b) => a.position - b.position),
    );
  const progressOf = (path: Path) =>
    toProgress(path.lessons.filter((l) => path.completed.has(l.id)).length, path.lessons.length);

  /** The session contexts as they were read before: each training on its own. */
  async function contexts(list: SessionEntity[]): Promise<Map<string, SessionContext>> {
    const ids = list.map((x) => x.id);
    const trainingIds = [...new Set(list.map((x) => x.trainingId))];
    const [counts, meetings, names, revisions, found] = await Promise.all([
      sessions.counts(ids),
      sessions.meetingsOf(ids),
      sessions.trainerNames([...new Set(list.flatMap((x) => x.trainerIds))]),
      trainings.revisionsOf(trainingIds),
      Promise.all(trainingIds.map((id) => trainings.findById(id))),
    ]);
    const now = new Date();
    return new Map(
      list.map((x) => [
        x.id,
        {
          training: found.find((t) => t?.id === x.trainingId) as TrainingEntity,
          revision: revisions.find((r) => r.id === x.trainingRevisionId)?.number ?? 1,
          counts: counts.get(x.id),
          meetings: meetings.filter((m) => m.sessionId === x.id),
          trainerNames: names,
          now,
        },
      ]),
    );
  }

  return {
    /** "My enrolments" as it was read before: each session on its own. */
    async myEnrolments(personId: string, now = new Date()): Promise<MyEnrolment[]> {
      const rows = (await enrolments.rows({ personId })).filter(
        (r) => r.status !== 'rejected' && r.status !== 'withdrawn',
      );
      const list = (await Promise.all(rows.map((r) => sessions.findById(r.session_id)))) as SessionEntity[];
      const byId = await contexts(list);
      return rows.map((row, i) => {
        const context = byId.get(row.session_id) as SessionContext;
        const next = context.meetings.find((m) => m.endsAt > now);
        const summary: SessionSummary = toSessionSummary(list[i], context);
        const seated = row.status === 'enrolled' || row.status === 'completed';
        return {
          id: row.id,
          status: row.status,
          waitlistPosition: row.waitlist_position,
          training: { id: context.training.id, title: context.training.title },
          session: seated ? summary : { ...summary, meetingLink: null },
          nextMeeting: next ? toMeeting(next) : null,
          nextMeetingToday:
            next !== undefined &&
            (next.startsAt <= now || sameLocalDay(next.startsAt, now, list[i].timeZone)),
          progress: toProgress(row.completed_lessons, row.total_lessons),
        };
      });
    },

    async learning(enrolmentId: string): Promise<EnrolmentLearning> {
      const path = await readingPath(enrolmentId);
      const session = (await sessions.findById(path.enrolment.sessionId)) as SessionEntity;
      const training = await trainings.findById(session.trainingId);
      const modules = path.modules.map((module) => {
        const lessons = path.lessons.filter((l) => l.moduleVersionId === module.id);
        const done = lessons.filter((l) => path.completed.has(l.id)).length;
        return {
          module: toModuleVersionSummary(module, lessons.length),
          lessons: lessons.map((l) => ({ ...toLessonSummary(l), completed: path.completed.has(l.id) })),
          progress: toProgress(done, lessons.length),
        };
      });
      return {
        enrolmentId,
        trainingTitle: training?.title ?? {},
        sessionTitle: session.title,
        modules,
        progress: progressOf(path),
        nextLessonId: ordered(path).find((l) => !path.completed.has(l.id))?.id ?? null,
      };
    },

    async lesson(enrolmentId: string, lessonId: string, language?: Language): Promise<LessonContent> {
      const path = await readingPath(enrolmentId);
      const lesson = path.lessons.find((l) => l.id === lessonId) as LessonEntity;
      const module = path.modules.find((m) => m.id === lesson.moduleVersionId) as ModuleVersionEntity;
      const contentOf = toLessonContent(module, ordered(path), lesson, language);
      const check = await db.getRepository(QuizEntity).findOne({
        select: { id: true, title: true },
        where: { moduleVersionId: lesson.moduleVersionId, afterLesson: lesson.slug, kind: 'knowledge_check' },
      });
      return {
        ...contentOf,
        completed: path.completed.has(lesson.id),
        knowledgeCheck: check ? { quizId: check.id, title: check.title } : null,
      };
    },
  };
}
