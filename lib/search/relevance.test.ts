import { describe, expect, it } from 'vitest';
import { getAllArticles, getSubjects } from '@/lib/content';
import { evaluateRelevance } from './__fixtures__/evaluate';
import { RELEVANCE_CASES } from './__fixtures__/relevance';
import { buildSearchFiles } from './build';
import { createSearchEngine } from './engine';

describe('relevance on the bundled articles', () => {
  it("meets the measured floor for the learners' query set", async () => {
    const { files } = buildSearchFiles(getAllArticles(), getSubjects());
    const engine = createSearchEngine(async (file) => JSON.parse(files.get(file) ?? 'null'));
    const report = await evaluateRelevance(async (query) =>
      (await engine.search(query, { limit: 5 })).hits.map((hit) => hit.url),
    );
    if (process.env.RELEVANCE_REPORT) console.log(JSON.stringify(report, null, 1));
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
    // The floor is what the engine reached (issue 16); before it, 0.396 / 0.396 / 32 zero-result queries.
    expect(report.top1).toBeGreaterThanOrEqual(1);
    expect(report.mrr5).toBeGreaterThanOrEqual(1);
    expect(report.zeroResults).toBe(0);
    expect(report.noisyEmpty).toBe(0);
  });
});
