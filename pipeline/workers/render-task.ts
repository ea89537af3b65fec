// Runs in a worker thread (piscina), loaded only by the first render: the Markdown pipeline (remark, Temml,
// lowlight) would cost every thread of a check about a second to load.
import { compileOwn, type OwnInput, type OwnRecord } from '../compile/record';

export default function run(inputs: OwnInput[]): OwnRecord[] {
  return inputs.map(compileOwn);
}
