import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentModule } from './content-model';
import type { ContentProblem } from './content-problem';
import { ModuleReader } from './module-reader';

export interface LoadedContent {
  modules: ContentModule[];
  problems: ContentProblem[];
}

/** Reads and checks every module under `<contentRoot>/modules`, and slugs across modules. */
export function loadContent(contentRoot: string, repositoryRoot = join(contentRoot, '..')): LoadedContent {
  const modulesRoot = join(contentRoot, 'modules');
  if (!existsSync(modulesRoot)) return { modules: [], problems: [] };
  const modules: ContentModule[] = [];
  const problems: ContentProblem[] = [];
  const folders = readdirSync(modulesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const folder of folders) {
    const result = new ModuleReader(repositoryRoot, join(modulesRoot, folder)).read();
    problems.push(...result.problems);
    if (result.module) modules.push(result.module);
  }
  const seen = new Map<string, string>();
  for (const module of modules) {
    const first = seen.get(module.manifest.slug);
    if (first)
      problems.push({
        file: `${module.folder}/module.yaml`,
        line: 1,
        message: `duplicate slug "${module.manifest.slug}" (also used by ${first})`,
      });
    else seen.set(module.manifest.slug, module.folder);
  }
  return { modules, problems };
}
