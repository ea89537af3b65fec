// Run by pool.test.ts under the package scripts' Node flags: starts the threads and renders one answer.
import { Workers } from '@/pipeline/workers/workers';

const workers = new Workers(2, 0);
const pool = workers.for(1);
const [record] = (await pool?.render([{ answerMarkdown: 'Plain *words*.', practice: [] }])) ?? [];
await workers.close();
console.log(JSON.stringify({ threads: workers.threads, html: record?.answerHtml }));
