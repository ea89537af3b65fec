import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './content/problems';
import { scanContent } from './scan';

// What a writer commits must keep passing: the bundled folder has no error npm run check reports, and every
// related reference that reaches an article names it exactly (a reference may point at an id that is gone).
const { articles, problems } = await scanContent({ dir: path.join(process.cwd(), 'content'), cache: false });
const byId = new Map(articles.map((a) => [a.id, a]));

describe('the bundled content', () => {
  it('has no content errors', () => {
    expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
  });

  it('keeps every related reference to an existing article exact', () => {
    const mismatches = articles.flatMap((a) =>
      a.relatedRefs.flatMap((ref) => {
        const target = byId.get(ref.id);
        const exact =
          !target ||
          (target.url === ref.url && target.question === ref.title && target.subject === ref.subject && target !== a);
        return exact ? [] : [`${a.file} -> ${ref.id}`];
      }),
    );
    expect(mismatches).toEqual([]);
  });
});
