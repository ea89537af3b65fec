import type { Problem } from './types';

export function formatProblem(problem: Problem, prefix = 'content/'): string {
  const line = problem.line === undefined ? '' : `:${problem.line}`;
  return `${prefix}${problem.file}${line}: ${problem.field}: ${problem.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} content error${problems.length === 1 ? '' : 's'} (run \`npm run check\` for details):\n` +
        problems.map((p) => formatProblem(p)).join('\n'),
    );
    this.name = 'ContentError';
  }
}
