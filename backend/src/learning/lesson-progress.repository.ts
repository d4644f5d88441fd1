import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The lessons each enrolment has completed (`lesson_progress`), as a session's changes touch them. */
@Injectable()
export class LessonProgressRepository {
  /**
   * When a session moves to a newer revision, a lesson whose content hash is unchanged (same
   * module, same lesson, same files) counts as read in the new version too. Runs in the caller's
   * transaction, with the session's own move.
   */
  async carryOver(manager: EntityManager, sessionId: string, moduleVersionIds: string[]): Promise<void> {
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
      [sessionId, moduleVersionIds],
    );
  }
}
