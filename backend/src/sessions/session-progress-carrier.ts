import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TrainingRevisionEntity } from '../trainings/training-revision.entity';

/**
 * When a session moves to a newer revision, lessons whose content hash is unchanged (same module,
 * same lesson, same files) count as read in the new version too.
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
  }
}
