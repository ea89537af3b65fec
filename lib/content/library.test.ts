import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptionLengthProblem } from './description';
import { checkEditorial } from './editorial';
import { formatProblem, scanContent } from './index';

// Checks the bundled content/ folder itself: what a writer commits must keep passing.
const dir = path.join(process.cwd(), 'content');
const { articles, problems } = scanContent(dir);
const byId = new Map(articles.map((a) => [a.id, a]));
// The seed is the real article, kept verbatim; its description is longer than ours.
const SEED_ID = 79891;

describe('the bundled content library', () => {
  it('has no content errors', () => {
    expect(problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
  });

  it('has at least 60 articles in at least 10 subjects of at least 4 each', () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
    const counts = new Map<string, number>();
    for (const a of articles) counts.set(a.subject, (counts.get(a.subject) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(10);
    expect([...counts].filter(([, n]) => n < 4)).toEqual([]);
    expect(counts.get('Business and Management')).toBeGreaterThanOrEqual(6);
  });

  it('has unique ids, urls, questions and descriptions', () => {
    for (const key of ['id', 'url', 'question'] as const) {
      expect(new Set(articles.map((a) => a[key])).size).toBe(articles.length);
    }
    expect(new Set(articles.map((a) => a.seo.description)).size).toBe(articles.length);
  });

  it('keeps every related reference to an existing article exact, and a few that point nowhere', () => {
    const mismatches: string[] = [];
    let missing = 0;
    for (const a of articles) {
      expect(a.relatedRefs).toHaveLength(5);
      for (const ref of a.relatedRefs) {
        const target = byId.get(ref.id);
        if (!target) missing++;
        else if (
          target.url !== ref.url ||
          target.question !== ref.title ||
          target.subject !== ref.subject ||
          target.id === a.id
        ) {
          mismatches.push(`${a.file} -> ${ref.id}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(missing).toBeGreaterThanOrEqual(2);
    expect(missing).toBeLessThanOrEqual(articles.length);
  });

  it('writes each article in the seed format, in the house style npm run check states', () => {
    const off: string[] = [];
    for (const a of articles) {
      const source = fs.readFileSync(path.join(dir, a.file), 'utf8');
      if (!/^answer: >-\n {4}\S.*\\n\\n/m.test(source))
        off.push(`${a.file}: answer is not a folded scalar with \\n breaks`);
      if (!/---\s*\n\s*&nbsp;\s*$/.test(source)) off.push(`${a.file}: body is not &nbsp;`);
      if (a.id !== SEED_ID && descriptionLengthProblem(a.seo.description)) off.push(`${a.file}: description`);
      if (a.author !== 'QuickTakes' || !a.dateLabel.startsWith('Posted on '))
        off.push(`${a.file}: author or date label`);
      if (a.file !== `${a.subjectSlug}/${a.slug}.md`) off.push(`${a.file}: not at its url's place`);
    }
    expect(off).toEqual([]);
    expect(articles.flatMap(checkEditorial).map((p) => formatProblem(p))).toEqual([]);
  });
});
