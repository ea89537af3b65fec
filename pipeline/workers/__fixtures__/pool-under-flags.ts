// Run by pool.test.ts under the package scripts' Node flags (through tsx, and bundled as package.json runs the
// pipeline): starts the threads and runs each task once in them.
import { Workers } from '@/pipeline/workers/workers';

const workers = new Workers(2, 0);
const pool = workers.for(1);
const [record] = (await pool?.render([{ answerMarkdown: 'Plain *words*.', practice: [] }])) ?? [];
const [parsed] = (await pool?.parse([{ file: 'biology/x.md', text: '---\nid: [\n---\n' }])) ?? [];
const doc = { slug: 'osmosis', question: 'What is osmosis?', keywords: ['water'], answerMarkdown: 'Water *moves*.' };
const [lengths] = (await pool?.lengths([[doc]])) ?? [];
// With synonyms the analysis loads WordNet, which a bundle resolves from its own folder.
const analysed = (expand: boolean) => pool?.analyze({ docs: [doc], averageLength: 12, expand });
const [plain, expanded] = [await analysed(false), await analysed(true)];
await workers.close();
console.log(
  JSON.stringify({
    threads: workers.threads,
    html: record?.answerHtml,
    parseProblem: parsed?.problems[0]?.field,
    lengths,
    synonymTerms: (expanded?.terms.length ?? 0) - (plain?.terms.length ?? 0),
  }),
);
