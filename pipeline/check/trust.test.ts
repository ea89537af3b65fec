import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle, makeSource } from '@/pipeline/content/__fixtures__/make';
import { checkDates } from '@/pipeline/check/dated';
import { runCheck } from './report';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

async function check(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-trust-'));
  dirs.push(root);
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, 'content', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'content', file), source);
  }
  const lines: string[] = [];
  const cwd = process.cwd();
  process.chdir(root);
  try {
    return { code: await runCheck(path.join(root, 'content'), (line) => lines.push(line), { cache: false }), lines };
  } finally {
    process.chdir(cwd);
  }
}

/** One article with `extra` front matter, linked to a second so that neither is an orphan. */
function pair(extra: string, date = '2024-05-01') {
  const target = makeSource({ id: 2, question: 'What is diffusion?' });
  const ref = {
    id: 2,
    title: 'What is diffusion?',
    subject: 'Biology',
    url: '/learn/biology/questions/what-is-diffusion',
  };
  const { file, source } = makeSource({ id: 1, date, extra, related: [ref] });
  return { [file]: source, [target.file]: target.source };
}

describe('npm run check: updated and sources', () => {
  it('accepts a valid updated date and sources', async () => {
    const extra =
      'updated: 2024-06-01\nsources:\n  - title: "On the Origin of Species"\n    publisher: John Murray\n    ' +
      'year: 1859\n  - title: A report\n    url: https://example.org/report\n';
    const { code, lines } = await check(pair(extra));
    expect(lines).toEqual(['✓ 2 articles checked: no errors, 0 warnings']);
    expect(code).toBe(0);
  });

  it('refuses a date that does not exist, an updated before date, and a date in the future', async () => {
    expect((await check(pair('updated: 2024-02-30\n'))).lines[0]).toBe(
      'content/biology/what-is-osmosis.md:26: updated: must be a real calendar date written YYYY-MM-DD',
    );
    expect((await check(pair('updated: 2024-04-30\n'))).lines[0]).toBe(
      "content/biology/what-is-osmosis.md:26: updated: 2024-04-30 is before the article's date 2024-05-01",
    );
    const future = await check(pair('updated: 2999-01-01\n'));
    expect(future.lines[0]).toMatch(
      /^content\/biology\/what-is-osmosis\.md:26: updated: 2999-01-01 is in the future \(today is \d{4}-\d\d-\d\d\)$/,
    );
    expect(future.code).toBe(1);
    expect((await check(pair('', '2999-01-01'))).lines[0]).toMatch(
      /^content\/biology\/what-is-osmosis\.md:4: date: 2999-01-01 is in the future/,
    );
  });

  it('accepts only https urls and requires a non-empty title, naming the list item', async () => {
    const extra =
      'sources:\n  - title: Fine\n    url: http://example.org/a\n  - title: "  "\n  - url: https://example.org/b\n ' +
      ' - title: Odd\n    url: javascript:alert(1)\n';
    const { code, lines } = await check(pair(extra));
    expect(lines).toEqual([
      'content/biology/what-is-osmosis.md:28: sources[0].url: must be an https:// address',
      'content/biology/what-is-osmosis.md:29: sources[1].title: must not be empty',
      'content/biology/what-is-osmosis.md:30: sources[2].title: is required',
      'content/biology/what-is-osmosis.md:32: sources[3].url: must be an https:// address',
      '✗ 4 errors in 1 file, 0 warnings; 2 files read',
    ]);
    expect(code).toBe(1);
  });

  it('reads today from the clock it is given, so a date stops being in the future', async () => {
    const parsed = makeArticle({ id: 1, extra: 'updated: 2024-06-01\n' });
    expect(checkDates([parsed], '2024-05-31').map((p) => p.message)).toEqual([
      '2024-06-01 is in the future (today is 2024-05-31)',
    ]);
    expect(checkDates([parsed], '2024-06-01')).toEqual([]);
  });
});
