// Prints the relevance figures: `npx tsx --tsconfig tsconfig.json lib/search/__fixtures__/report.ts`.
import { loadLibrary } from '@/pipeline/live';
import { buildSearchFiles } from '@/pipeline/search-index/build';
import { createSearchEngine } from '../engine';
import { memorySource } from './memory-source';
import { evaluateRelevance } from './evaluate';
import { evaluateHeldOut } from './heldout';
import { evaluateLearners } from './learner';
import { fullTextProbes, runProbes } from './probe';
import { RELEVANCE_CASES } from './relevance';

const { articles, subjects } = await loadLibrary();
const started = performance.now();
// --no-expand and --no-english build without the WordNet synonyms or the English word files, to measure them.
const { files } = await buildSearchFiles(articles, subjects, {
  expand: !process.argv.includes('--no-expand'),
  english: !process.argv.includes('--no-english'),
});
console.log(`index built in ${Math.round(performance.now() - started)} ms, ${files.size} files`);
const engine = createSearchEngine(memorySource(files));
const search = async (query: string) => (await engine.search(query, { limit: 5 })).hits.map((hit) => hit.url);
const verbose = process.argv.includes('--verbose');
const old = await evaluateRelevance(search, RELEVANCE_CASES);
console.log('old set', JSON.stringify({ ...old, misses: verbose ? old.misses : old.misses.length }, null, 1));
const learner = await evaluateLearners(async (query) => {
  const outcome = await engine.search(query, { limit: 5 });
  return { urls: outcome.hits.map((hit) => hit.url), partial: outcome.partial };
});
console.log(
  'learner set',
  JSON.stringify({ ...learner, misses: verbose ? learner.misses : learner.misses.length }, null, 1),
);
const probes = await runProbes(fullTextProbes(articles), search);
console.log(`probe ${probes.found}/${probes.total}`, verbose ? JSON.stringify(probes.misses) : '');
// --heldout: the held-out set of answerable and no-answer queries (run once, after the engine was done).
if (process.argv.includes('--heldout')) {
  const heldOut = await evaluateHeldOut(async (query) => {
    const outcome = await engine.search(query, { limit: 5 });
    return { urls: outcome.hits.map((hit) => hit.url), partial: outcome.partial };
  });
  console.log(
    'held-out set',
    JSON.stringify({ ...heldOut, misses: verbose ? heldOut.misses : heldOut.misses.length }, null, 1),
  );
}
