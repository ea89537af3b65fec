// Runs in a worker thread (piscina): parsing a batch of files, results in the batch's order.
import { readArticle } from '../check/file';
import type { ParseResult } from '../content/parse';
import type { ParseJob } from '../content/files';

export default function run(jobs: ParseJob[]): ParseResult[] {
  return jobs.map((job) => readArticle(job.file, job.text));
}
