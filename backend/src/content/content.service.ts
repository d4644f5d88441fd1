import { Injectable, NotFoundException } from '@nestjs/common';
import type { Language, LessonContent, ModuleVersionDetail, ModuleVersionSummary } from '@atolye/shared';
import { toLessonContent, toModuleVersionDetail, toModuleVersionSummary } from './content.dto';
import { ContentRepository } from './content.repository';
import type { ModuleMediaEntity } from './module-media.entity';
import type { ModuleVersionEntity } from './module-version.entity';

/** Reading published modules, for trainers and coordinators previewing them. */
@Injectable()
export class ContentService {
  constructor(private readonly content: ContentRepository) {}

  async listVersions(): Promise<ModuleVersionSummary[]> {
    const [versions, counts] = await Promise.all([this.content.allVersions(), this.content.lessonCounts()]);
    return versions.map((v) => toModuleVersionSummary(v, counts.get(v.id) ?? 0));
  }

  async getVersion(slug: string, version: string): Promise<ModuleVersionDetail> {
    const module = await this.requireVersion(slug, version);
    const [lessons, quizzes] = await Promise.all([
      this.content.lessonsOf([module.id]),
      this.content.quizzesOf(module.id),
    ]);
    return toModuleVersionDetail(module, lessons, quizzes);
  }

  async getLesson(
    slug: string,
    version: string,
    lessonSlug: string,
    language?: Language,
  ): Promise<LessonContent> {
    const module = await this.requireVersion(slug, version);
    const lessons = await this.content.lessonsOf([module.id]);
    const lesson = lessons.find((l) => l.slug === lessonSlug);
    if (!lesson) throw new NotFoundException(`Module ${slug} ${version} has no lesson "${lessonSlug}"`);
    return toLessonContent(module, lessons, lesson, language);
  }

  async getMedia(slug: string, version: string, name: string): Promise<ModuleMediaEntity> {
    const module = await this.requireVersion(slug, version);
    const media = await this.content.findMedia(module.id, name);
    if (!media) throw new NotFoundException(`Module ${slug} ${version} has no media file "${name}"`);
    return media;
  }

  private async requireVersion(slug: string, version: string): Promise<ModuleVersionEntity> {
    const module = await this.content.findVersion(slug, version);
    if (!module) throw new NotFoundException(`No published module ${slug} version ${version}`);
    return module;
  }
}
