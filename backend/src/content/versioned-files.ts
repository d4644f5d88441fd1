import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from './content-problem';
import { YamlFile } from './yaml-file';

/** What one file's parser gives back: the definition when the file has no problem, and its problems. */
export interface VersionedFileResult<T> {
  definition: T | null;
  problems: ContentProblem[];
}

/**
 * A YAML definition kept as `<slug>/<version>/<file>`, such as a survey or a capacity questionnaire:
 * the slug and version written in the file must be those of its folders.
 */
export abstract class VersionedYamlFile extends YamlFile {
  /** Reports fields not among `fields`, then a slug or version that disagrees with its folders. */
  protected slugAndVersion(
    data: Record<string, unknown>,
    fields: string[],
    folderSlug: string,
    folderVersion: string,
  ): { slug: string; version: string } {
    for (const key of Object.keys(data))
      if (!fields.includes(key))
        this.report([key], `unknown field "${key}" (known fields: ${fields.join(', ')})`);
    const slug = this.text(['slug'], data['slug']);
    const version = String(this.written(['version'], data['version']) ?? '');
    if (slug && slug !== folderSlug)
      this.report(['slug'], `slug "${slug}" must equal its folder "${folderSlug}"`);
    if (!/^\d+\.\d+\.\d+$/.test(version))
      this.report(['version'], `version must be MAJOR.MINOR.PATCH such as 1.0.0; got "${version}"`);
    else if (version !== folderVersion)
      this.report(['version'], `version "${version}" must equal its folder "${folderVersion}"`);
    return { slug, version };
  }
}

/**
 * Reads and checks every `<root>/<slug>/<version>/<fileName>`, slugs and versions in name order;
 * a version folder without the file is a problem of its own. Problems carry the file's path from
 * `repositoryRoot`.
 */
export function loadVersionedFiles<T>(
  root: string,
  fileName: string,
  repositoryRoot: string,
  parse: (file: string, source: string, slug: string, version: string) => VersionedFileResult<T>,
): { definitions: T[]; problems: ContentProblem[] } {
  const definitions: T[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(root)) return { definitions, problems };
  for (const slug of folders(root)) {
    for (const version of folders(join(root, slug))) {
      const path = join(root, slug, version, fileName);
      const file = relative(repositoryRoot, path);
      if (!existsSync(path)) {
        problems.push({ file, line: 1, message: `${fileName} is missing` });
        continue;
      }
      const result = parse(file, readFileSync(path, 'utf8'), slug, version);
      problems.push(...result.problems);
      if (result.definition) definitions.push(result.definition);
    }
  }
  return { definitions, problems };
}

function folders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
