// Runs in a worker thread (piscina), loaded only by the first render: the Markdown pipeline (remark, Temml,
// lowlight) would cost every thread of a check about a second to load.
import { compileOwn, type OwnRecord } from '../compile/record';

export default function run(answers: string[]): OwnRecord[] {
  return answers.map((answer) => compileOwn({ answerMarkdown: answer }));
}
