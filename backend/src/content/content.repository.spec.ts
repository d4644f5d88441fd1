import type { DataSource } from 'typeorm';
import { CONTENT_CACHE_LIMITS, ContentRepository } from './content.repository';
import type { LessonEntity } from './lesson.entity';
import type { ModuleVersionEntity } from './module-version.entity';

/** A database that answers every id asked for, counting the reads. */
function fakeDatabase(lessonCharacters: number) {
  const reads = { versions: 0, lessons: 0 };
  const db = {
    getRepository: (entity: { name: string }) => ({
      find: async ({
        where,
      }: {
        where: { id?: { _value: string[] }; moduleVersionId?: { _value: string[] } };
      }) => {
        if (entity.name === 'ModuleVersionEntity') {
          reads.versions++;
          return (where.id?._value ?? []).map((id) => ({ id }) as ModuleVersionEntity);
        }
        reads.lessons++;
        return (where.moduleVersionId?._value ?? []).map(
          (moduleVersionId) =>
            ({
              id: `${moduleVersionId}-1`,
              moduleVersionId,
              position: 1,
              html: 'x'.repeat(lessonCharacters),
            }) as unknown as LessonEntity,
        );
      },
    }),
  } as unknown as DataSource;
  return { db, reads };
}

describe('ContentRepository caches', () => {
  it('keeps a version read once, and no more versions than its limit', async () => {
    const { db, reads } = fakeDatabase(10);
    const repository = new ContentRepository(db);
    await repository.findVersionsByIds(['v0']);
    await repository.findVersionsByIds(['v0']);
    expect(reads.versions).toBe(1);
    for (let i = 1; i <= CONTENT_CACHE_LIMITS.versions; i++) await repository.findVersionsByIds([`v${i}`]);
    // v0 was the least recently read: forgotten, so read again.
    await repository.findVersionsByIds(['v0']);
    expect(reads.versions).toBe(CONTENT_CACHE_LIMITS.versions + 2);
  });

  it('keeps lessons up to a total text size, forgetting the least recently read', async () => {
    const perVersion = CONTENT_CACHE_LIMITS.lessonCharacters / 4;
    const { db, reads } = fakeDatabase(perVersion);
    const repository = new ContentRepository(db);
    for (const id of ['a', 'b', 'c']) await repository.lessonsOf([id]);
    await repository.lessonsOf(['a']);
    expect(reads.lessons).toBe(3);
    // Two more versions do not fit beside the three: the least recently read (b) goes.
    for (const id of ['d', 'e']) await repository.lessonsOf([id]);
    await repository.lessonsOf(['a']);
    expect(reads.lessons).toBe(5);
    await repository.lessonsOf(['b']);
    expect(reads.lessons).toBe(6);
  });
});
