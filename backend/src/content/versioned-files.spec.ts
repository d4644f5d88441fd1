import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVersionedFiles } from './versioned-files';

describe(loadVersionedFiles.name, () => {
  let repository: string;
  beforeEach(() => (repository = mkdtempSync(join(tmpdir(), 'atolye-versioned-'))));
  afterEach(() => rmSync(repository, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(join(repository, path, '..'), { recursive: true });
    writeFileSync(join(repository, path), text);
  };
  const load = () =>
    loadVersionedFiles(
      join(repository, 'content', 'surveys'),
      'survey.yaml',
      repository,
      (file, source, slug, version) =>
        source === 'bad'
          ? { definition: null, problems: [{ file, line: 3, message: 'bad' }] }
          : { definition: `${slug}@${version}: ${source}`, problems: [] },
    );

  it('reads every slug and version in name order, naming files from the repository root', () => {
    write('content/surveys/b/1.0.0/survey.yaml', 'b1');
    write('content/surveys/a/2.0.0/survey.yaml', 'bad');
    write('content/surveys/a/1.0.0/survey.yaml', 'a1');
    write('content/surveys/a/notes.txt', 'not a version folder');
    expect(load()).toEqual({
      definitions: ['a@1.0.0: a1', 'b@1.0.0: b1'],
      problems: [{ file: 'content/surveys/a/2.0.0/survey.yaml', line: 3, message: 'bad' }],
    });
  });

  it('reports a version folder without its file, and finds nothing where there is no folder', () => {
    expect(load()).toEqual({ definitions: [], problems: [] });
    mkdirSync(join(repository, 'content/surveys/a/1.0.0'), { recursive: true });
    expect(load().problems).toEqual([
      { file: 'content/surveys/a/1.0.0/survey.yaml', line: 1, message: 'survey.yaml is missing' },
    ]);
  });
});
