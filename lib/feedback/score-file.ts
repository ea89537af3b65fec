/**
 * Reads and rewrites an article's top-level `score:` line in its YAML front matter, leaving every other
 * byte (line endings, quoting, the answer) as it was. Top-level keys start at column 0, so an indented
 * `score:` inside a nested map is never touched.
 */
type FrontMatter = { url?: string; score?: { value: string; start: number; end: number } };

function scan(text: string): FrontMatter {
  const found: FrontMatter = {};
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening) return found;
  let at = opening[0].length;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(at, end).replace(/\r$/, '');
    if (/^---[ \t]*$/.test(line)) break;
    const url = /^url:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (url) found.url = url[1]!.replace(/^(['"])(.*)\1$/, '$2');
    const score = /^(score:[ \t]*)(.*?)[ \t]*$/.exec(line);
    if (score)
      found.score = { value: score[2]!, start: at + score[1]!.length, end: at + score[1]!.length + score[2]!.length };
    at = end + 1;
  }
  return found;
}

export const frontMatterUrl = (text: string): string | undefined => scan(text).url;

/** The file with its score replaced, or undefined when it has no score line or the number is the same. */
export function rewriteScore(text: string, score: string): string | undefined {
  const found = scan(text).score;
  if (!found) return undefined;
  const current = Number(found.value.replace(/^(['"])(.*)\1$/, '$2'));
  if (found.value !== '' && current === Number(score)) return undefined;
  return text.slice(0, found.start) + score + text.slice(found.end);
}
