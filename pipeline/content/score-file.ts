import yaml from 'js-yaml';
import { grayMatterBlock } from './parse';

export type ScoreField = { url?: string; score?: { value: number; start: number; end: number } };

/**
 * An article file's top-level `url` and `score` as the YAML parser reads its front matter, with the offsets
 * of the score's value in the file. js-yaml reports where each node opens and closes: the value is the node
 * after the root mapping's `score` key, so a line inside a quoted or block answer that reads `score: 12` or
 * `url: …` is never taken for a field. Undefined when the file has no front matter or it does not parse.
 */
export function readScoreField(text: string): ScoreField | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bom);
  if (!body.startsWith('---')) return undefined;
  const block = grayMatterBlock(body);
  if (body.length <= 3 + block.length) return undefined;
  let depth = 0;
  let rootNodes = 0;
  let lastKey: unknown;
  let span: { start: number; end: number } | undefined;
  let opened = 0;
  let data: unknown;
  try {
    data = yaml.load(block, {
      schema: yaml.CORE_SCHEMA,
      // Depth 1 is the root mapping; its children at depth 2 come as key, value, key, value…
      listener(event, state) {
        if (event === 'open' && ++depth === 2) opened = state.position;
        if (event !== 'close' || depth-- !== 2) return;
        if (rootNodes++ % 2 === 0) lastKey = state.result;
        else if (lastKey === 'score') span = { start: opened, end: state.position };
      },
    });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { url, score } = data as Record<string, unknown>;
  const field: ScoreField = { url: typeof url === 'string' ? url : undefined };
  if (typeof score !== 'number' || !span) return field;
  // The node's span can hold the spaces around it; the value is what is left, and must read as the same number.
  const raw = block.slice(span.start, span.end);
  const start = span.start + (raw.length - raw.trimStart().length);
  const token = raw.trim();
  if (!token || yaml.load(token, { schema: yaml.CORE_SCHEMA }) !== score) return field;
  const at = bom + 3;
  return { ...field, score: { value: score, start: at + start, end: at + start + token.length } };
}

export const frontMatterUrl = (text: string): string | undefined => readScoreField(text)?.url;

/**
 * The file with its score's value replaced and every other byte kept, or undefined when the number is the same.
 * Throws when the front matter has no top-level score that is a plain number: that file is edited by hand.
 */
export function rewriteScore(text: string, score: string): string | undefined {
  const found = readScoreField(text)?.score;
  if (!found) throw new Error('score: not found as a plain number in the front matter; set it by hand');
  if (found.value === Number(score)) return undefined;
  return text.slice(0, found.start) + score + text.slice(found.end);
}
