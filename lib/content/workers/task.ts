// Runs in a worker thread (piscina): the per-file work of a compile, on a batch, results in the batch's order.
import { compileOwn, type OwnRecord } from '../compile';
import { parseArticle, type ParseResult } from '../parse';
import type { ParseJob } from '../source';

export type Task = { kind: 'parse'; jobs: ParseJob[] } | { kind: 'render'; answers: string[] };

export default function run(task: Task): ParseResult[] | OwnRecord[] {
  if (task.kind === 'parse') return task.jobs.map((job) => parseArticle(job.file, job.source));
  return task.answers.map((answer) => compileOwn({ answerMarkdown: answer }));
}
