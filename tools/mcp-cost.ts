// CPU per /mcp request over a corpus: `tsx tools/mcp-cost.ts DIR [BATCH]`. Builds the search index into a
// temporary project root, then posts batches of BATCH heavy searches (default 3, the most a POST may hold) and
// single typical searches to the MCP handler in this process, and prints the CPU each took.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { libraryOf } from '@/pipeline/content/library';
import { toPlainText } from '@/pipeline/markdown/plain';
import { scanContent } from '@/pipeline/scan';
import { writeSearchIndex } from '@/pipeline/search-index/write';
import { STOPWORDS, words } from '@/lib/search/text';

const dir = path.resolve(process.argv[2] ?? 'content');
const batchSize = Number(process.argv[3] ?? 3);
const library = libraryOf((await scanContent({ dir })).articles, { drafts: false });
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-mcp-cost-'));
await writeSearchIndex(path.join(root, 'public', 'search-index'), library);

// The corpus's commonest words: a query of 12 of them is the most work a query may ask for.
const df = new Map<string, number>();
for (const article of library.articles)
  for (const word of new Set(words(`${article.question} ${toPlainText(article.answerMarkdown)}`)))
    if (!STOPWORDS.has(word) && !/^\d+$/.test(word)) df.set(word, (df.get(word) ?? 0) + 1);
const common = [...df].sort((a, b) => b[1] - a[1]).map(([word]) => word);
const heavy = (i: number) =>
  common
    .slice(i, i + 12)
    .join(' ')
    .slice(0, 200);
const typical = `${common[40] ?? 'a'} ${common[80] ?? 'b'}`;

process.chdir(root);
const { handleMcpPost } = await import('@/lib/mcp/http');
const call = (id: number, query: string, limit = 20) => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name: 'search_questions', arguments: { query, limit } },
});
async function post(body: unknown) {
  const started = process.cpuUsage();
  const wall = performance.now();
  const response = await handleMcpPost(
    new Request('http://127.0.0.1/mcp', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
    }),
  );
  const text = await response.text();
  const cpu = process.cpuUsage(started);
  return {
    status: response.status,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: performance.now() - wall,
    bytes: text.length,
  };
}

const rounds = [];
for (let round = 0; round < 4; round++) {
  const batch = await post(Array.from({ length: batchSize }, (_, i) => call(i + 1, heavy(i + round))));
  const single = await post(call(1, typical, 10));
  rounds.push({ batch, single });
}
const mb = (n: number) => Math.round(n / 1024 / 1024);
console.error(`articles ${library.articles.length}; heavy query: "${heavy(0)}"; typical: "${typical}"`);
for (const [i, r] of rounds.entries())
  console.error(
    `round ${i + 1}: batch of ${batchSize} heavy searches ${r.batch.status} ${Math.round(r.batch.cpuMs)} ms CPU ` +
      `(${Math.round(r.batch.cpuMs / batchSize)} ms a search) ` +
      `(${Math.round(r.batch.wallMs)} ms wall); one typical search ${r.single.status} ${Math.round(r.single.cpuMs)} ms CPU`,
  );
console.error(`heap after: ${mb(process.memoryUsage().heapUsed)} MB, rss ${mb(process.memoryUsage().rss)} MB`);
console.log(JSON.stringify({ articles: library.articles.length, rounds }));
fs.rmSync(root, { recursive: true, force: true });
