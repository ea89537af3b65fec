// Runs in a worker thread (piscina): parsing a batch of files, results in the batch's order.
import { parseArticle, type ParseResult } from '../parse';
import type { ParseJob } from '../source';

export default function run(jobs: ParseJob[]): ParseResult[] {
  return jobs.map((job) => parseArticle(job.file, job.source));
}
