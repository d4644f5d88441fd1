import type { LessonSummary, ModuleVersionSummary } from './content.contracts';
import type { Progress } from './enrolments.contracts';

export interface LearningModule {
  module: ModuleVersionSummary;
  lessons: (LessonSummary & { completed: boolean })[];
  progress: Progress;
}

/** The reading path of one enrolment: its pinned module versions and what is done. */
export interface EnrolmentLearning {
  enrolmentId: string;
  trainingTitle: ModuleVersionSummary['title'];
  sessionTitle: string;
  modules: LearningModule[];
  progress: Progress;
  /** The first lesson not yet completed, to continue from. */
  nextLessonId: string | null;
}

export interface CatalogueSession {
  id: string;
  title: string;
  format: string;
  mode: string;
  language: string;
  city: string;
  country: string;
  timeZone: string;
  startsAt: string | null;
  endsAt: string | null;
  capacity: number;
  seatsLeft: number;
  enrolmentPolicy: string;
  enrolmentOpen: boolean;
  enrolmentClosesAt: string;
  /** The caller's own enrolment status in this session, if any. */
  myStatus: string | null;
}

export interface CatalogueTraining {
  id: string;
  title: ModuleVersionSummary['title'];
  description: ModuleVersionSummary['summary'];
  languages: string[];
  topics: string[];
  estimatedMinutes: number;
  modules: { slug: string; version: string; title: ModuleVersionSummary['title'] }[];
  sessions: CatalogueSession[];
}
