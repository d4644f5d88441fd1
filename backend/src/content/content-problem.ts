/** One thing wrong in the content, where it is, in words an author can act on. */
export interface ContentProblem {
  /** Path relative to the repository root, e.g. content/modules/x/module.yaml. */
  file: string;
  line: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
