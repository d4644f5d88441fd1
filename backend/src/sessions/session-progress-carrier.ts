import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TrainingRevisionEntity } from '../trainings/training-revision.entity';

/**
 * When a session moves to a newer revision, lessons whose content hash is unchanged (same module,
 * same lesson, same files) count as read in the new version too, and the attempts at a quiz whose
 * content is unchanged (same module and quiz, same questions, pass mark and pairing) move to the
 * new version's quiz: the same attempts used, the same scores, the same knowledge gain. Attempts
 * at a changed quiz stay on the old version's quiz, where the history still shows them and the
 * first pre-test attempt still anchors the gain (see knowledge_gains(), migration 1765400000000).
 */
@Injectable()
export class SessionProgressCarrier {
  async carryOver(manager: EntityManager, sessionId: string, target: TrainingRevisionEntity): Promise<void> {
    await manager.query(
      `INSERT INTO lesson_progress (enrolment_id, lesson_id, completed_at)
       SELECT p.enrolment_id, new_lesson.id, p.completed_at
         FROM lesson_progress p
         JOIN enrolments e ON e.id = p.enrolment_id AND e.session_id = $1
         JOIN lessons old_lesson ON old_lesson.id = p.lesson_id
         JOIN module_versions old_module ON old_module.id = old_lesson.module_version_id
         JOIN module_versions new_module ON new_module.slug = old_module.slug AND new_module.id = ANY($2::uuid[])
         JOIN lessons new_lesson ON new_lesson.module_version_id = new_module.id
                                AND new_lesson.slug = old_lesson.slug
                                AND new_lesson.content_hash = old_lesson.content_hash
       ON CONFLICT DO NOTHING`,
      [sessionId, target.moduleVersionIds],
    );
    await manager.query(
      `UPDATE quiz_attempts a SET quiz_id = new_quiz.id
         FROM enrolments e, quizzes old_quiz, module_versions old_module, module_versions new_module, quizzes new_quiz
        WHERE e.id = a.enrolment_id AND e.session_id = $1
          AND old_quiz.id = a.quiz_id AND old_module.id = old_quiz.module_version_id
          AND new_module.slug = old_module.slug AND new_module.id = ANY($2::uuid[]) AND new_module.id <> old_module.id
          AND new_quiz.module_version_id = new_module.id AND new_quiz.slug = old_quiz.slug
          AND new_quiz.kind = old_quiz.kind AND new_quiz.questions = old_quiz.questions
          AND new_quiz.pass_mark_percent = old_quiz.pass_mark_percent
          AND new_quiz.paired_with IS NOT DISTINCT FROM old_quiz.paired_with`,
      [sessionId, target.moduleVersionIds],
    );
  }
}
