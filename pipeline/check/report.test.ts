import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSource } from '@/pipeline/content/__fixtures__/make';
import { runCheck } from './report';
import type { CheckOptions } from './options';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** Writes files into a fresh content folder and returns the check's output lines and exit code. */
async function check(files: Record<string, string>, options: CheckOptions = {}, more?: (dir: string) => void) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'));
  dirs.push(root);
  const dir = path.join(root, 'content');
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  more?.(dir);
  const lines: string[] = [];
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const code = await runCheck(dir, (line) => lines.push(line), { ...options, cache: false });
    return { code, lines };
  } finally {
    process.chdir(cwd);
  }
}

const article = (options: Parameters<typeof makeSource>[0] = {}) => {
  const { file, source } = makeSource(options);
  return { [file]: source };
};

describe('npm run check', () => {
  it('passes valid content with a summary line', async () => {
    const diffusion = {
      id: 2,
      title: 'What is diffusion?',
      subject: 'Biology',
      url: '/learn/biology/questions/what-is-diffusion',
    };
    const { code, lines } = await check({
      ...article({ id: 1, related: [diffusion] }),
      ...article({ id: 2, question: 'What is diffusion?' }),
    });
    expect(lines).toEqual(['✓ 2 articles checked: no errors, 0 warnings']);
    expect(code).toBe(0);
  });

  it('counts a skipped symbolic link as a warning, not as an article checked or a file read', async () => {
    const { file, source } = makeSource({ id: 1 });
    const { lines } = await check({ [file]: source }, {}, (dir) =>
      fs.symlinkSync(path.join(dir, file), path.join(dir, 'biology', 'alias.md')),
    );
    expect(lines.at(-1)).toBe('✓ 1 articles checked: no errors, 1 warning');
  });

  it('reports every problem at once, one per line, and keeps the valid files', async () => {
    const good = article({ id: 1 });
    const badDate = makeSource({ id: 2, question: 'Bad date?', date: '2024-02-30' });
    const badId = makeSource({ id: 3, question: 'Bad id?' });
    const { code, lines } = await check({
      ...good,
      [badDate.file]: badDate.source,
      [badId.file]: badId.source.replace('id: 3', 'id: three'),
    });
    expect(lines).toEqual([
      'content/biology/bad-date.md:4: date: must be a real calendar date written YYYY-MM-DD',
      'content/biology/bad-id.md:3: id: must be a whole number',
      '✗ 2 errors in 2 files, 0 warnings; 3 files read',
    ]);
    expect(code).toBe(1);
  });

  it('names both files of a duplicate id, blaming the later path when the dates are the same', async () => {
    const first = makeSource({ id: 7, question: 'Same?' });
    const { lines } = await check({ ...article({ id: 7, question: 'Other?' }), [first.file]: first.source });
    expect(lines).toContain(
      'content/biology/same.md:3: id: duplicate id 7, also used by biology/other.md: give this article an unused id, such as 8',
    );
    expect(lines.filter((l) => l.includes('duplicate'))).toHaveLength(1);
  });

  it('reports a copied file with the same id on the copy (the newer date), not on the published original', async () => {
    const original = makeSource({ id: 79891, question: 'What is osmosis?', date: '2024-05-01' });
    // Sorted first by path, so a first-come rule would blame the original.
    const copy = makeSource({ id: 79891, question: 'What is diffusion?', date: '2025-02-10' });
    const { lines, code } = await check({ [original.file]: original.source, [copy.file]: copy.source });
    expect(lines.filter((l) => l.includes('duplicate'))).toEqual([
      'content/biology/what-is-diffusion.md:3: id: duplicate id 79891, also used by biology/what-is-osmosis.md: ' +
        'give this article an unused id, such as 79892',
    ]);
    expect(code).toBe(1);
  });

  it("refuses a file outside its url's subject folder, so two files can never share a url", async () => {
    const first = makeSource({ id: 7, question: 'Same?' });
    const { lines, code } = await check({
      [first.file]: first.source,
      'other/same.md': first.source.replace('id: 7', 'id: 8'),
      'same.md': first.source.replace('id: 7', 'id: 9'),
    });
    expect(lines).toContain(
      'content/other/same.md:24: url: the file is in "other/" but its url\'s subject is "biology": move it to biology/same.md',
    );
    expect(lines).toContain(
      'content/same.md:24: url: the file is in "./" but its url\'s subject is "biology": move it to biology/same.md',
    );
    expect(code).toBe(1);
  });

  it('checks url against file_name and the file name', async () => {
    const { file, source } = makeSource({ id: 1 });
    const { lines } = await check({
      [file]: source.replace('url: /learn/biology/questions/what-is-osmosis', 'url: /learn/biology/questions/osmosis'),
      'biology/wrong.md': makeSource({ id: 2, question: 'Right?' }).source,
      'biology/bad-url.md': makeSource({ id: 3, question: 'Bad url?' }).source.replace(
        /url: .*/,
        'url: /learn/Biology/bad url',
      ),
    });
    expect(lines).toEqual([
      'content/biology/bad-url.md:24: url: must look like /learn/<subject-slug>/questions/<slug> (lowercase letters, digits, hyphens)',
      'content/biology/what-is-osmosis.md:23: file_name: "what-is-osmosis.md" does not match the url\'s slug (expected "osmosis.md")',
      'content/biology/wrong.md:24: url: slug "right" does not match the file\'s name "wrong.md"',
      '✗ 3 errors in 3 files, 0 warnings; 3 files read',
    ]);
  });

  it('refuses two subjects with the same slug', async () => {
    const { lines } = await check({
      ...article({ id: 1, subject: 'Computer Science', question: 'A?' }),
      ...article({ id: 2, subject: 'Computer science', question: 'B?' }),
    });
    expect(lines).toContain(
      'content/computer-science/b.md:22: subject: "Computer science" and "Computer Science" ' +
        '(computer-science/a.md) give the same slug "computer-science"',
    );
  });

  it('checks related references: itself, disagreeing url or title, missing ids as warnings', async () => {
    const target = makeSource({ id: 2, question: 'Target?' });
    const refs = [
      { id: 1, title: 'What is osmosis?', subject: 'Biology', url: '/learn/biology/questions/what-is-osmosis' },
      { id: 2, title: 'Target?', subject: 'Biology', url: '/learn/biology/questions/elsewhere' },
      { id: 2, title: 'Wrong title?', subject: 'Biology', url: '/learn/biology/questions/target' },
      { id: 99, title: 'Gone?', subject: 'Biology', url: '/learn/biology/questions/gone' },
      { id: 98, title: 'Target?', subject: 'Biology', url: '/learn/biology/questions/target' },
    ];
    const { code, lines } = await check({ ...article({ id: 1, related: refs }), [target.file]: target.source });
    expect(lines).toEqual([
      'content/biology/what-is-osmosis.md:26: related_article1: refers to the article itself',
      'content/biology/what-is-osmosis.md:32: related_article2: url "/learn/biology/questions/elsewhere" disagrees ' +
        'with article 2\'s url "/learn/biology/questions/target"',
      'content/biology/what-is-osmosis.md:38: related_article3: title disagrees with article 2\'s question "Target?"',
      'content/biology/what-is-osmosis.md:44: related_article4: warning: id 99 is not in the content; the page ' +
        'fills this slot with a similar article',
      // Resolved as the page resolves it: by id, then by url.
      'content/biology/what-is-osmosis.md:50: related_article5: warning: id 98 is not in the content; the page ' +
        'links article 2 by its url: set the id to 2',
      '✗ 3 errors in 1 file, 2 warnings; 2 files read',
    ]);
    expect(code).toBe(1);
  });

  it('warns about raw HTML, duplicate questions and descriptions, description length and orphans', async () => {
    const a = makeSource({ id: 1, answer: 'Hello <b>bold</b> and `<code>` stays.' });
    const b = makeSource({ id: 2, question: 'What is osmosis?', slug: 'osmosis-again' });
    const { code, lines } = await check({
      [a.file]: a.source.replace(/page_description: >-\n {4}.*/, 'page_description: >-\n    Too short.'),
      [b.file]: b.source,
    });
    const orphan =
      'id: warning: is an orphan: no article refers to it and it has no related_article references of its own; ' +
      'add a related_article key naming a related question (its id, title, subject and url), or name this one in another article';
    expect(lines).toEqual([
      `content/biology/osmosis-again.md:3: ${orphan}`,
      `content/biology/what-is-osmosis.md:3: ${orphan}`,
      'content/biology/what-is-osmosis.md:13: seo.page_description: warning: is 10 characters; search results show 120 to 160 best',
      'content/biology/what-is-osmosis.md:18: question: warning: same as in biology/osmosis-again.md',
      'content/biology/what-is-osmosis.md:20: answer: warning: contains raw HTML, which the page strips',
      '✓ 2 articles checked: no errors, 5 warnings',
    ]);
    expect(code).toBe(0);
  });

  it('refuses JavaScript front matter without running it, and YAML anchors', async () => {
    const marker = globalThis as { __ran?: boolean };
    const { lines } = await check({
      'biology/evil.md': '---js\n{ id: (globalThis.__ran = true) }\n---\n',
      'biology/anchor.md': makeSource({ id: 5 }).source.replace(
        'author: QuickTakes',
        'author: &a QuickTakes\nwriter: *a',
      ),
    });
    expect(marker.__ran).toBeUndefined();
    expect(lines).toContain(
      'content/biology/evil.md:1: front matter: front matter in "js" is not allowed: only YAML (---) is read',
    );
    expect(lines).toContain('content/biology/anchor.md:17: front matter: anchors and aliases are not allowed (&a)');
  });
});

describe('npm run check on hostile articles', () => {
  const withAnswer = (answer: string) => makeSource({ answer: 'x' }).source.replace('answer: >-\n    x\n', answer);

  it('case 1: blank-line runs finish at once and name the file, the line and the fix', async () => {
    const fine = await check({ 'biology/what-is-osmosis.md': withAnswer(`answer: >-\n    x${'\\n'.repeat(1000)}y\n`) });
    expect(fine.code).toBe(0);
    const { code, lines } = await check({
      'biology/what-is-osmosis.md': withAnswer(`answer: |-\n    x${'\n'.repeat(32_000)}    y\n`),
    });
    expect(lines).toEqual([
      'content/biology/what-is-osmosis.md:22: front matter: 31999 blank lines in a row (at most 200): remove them',
      '✗ 1 error in 1 file, 0 warnings; 1 files read',
    ]);
    expect(code).toBe(1);
  });

  it.each([
    [
      "'> ' x 2000",
      '> '.repeat(2000),
      "line 1 of the answer nests 2000 quotes or list items; pages render at most 16: remove the extra '>', '-' " +
        "or '1.' markers at its start",
    ],
    [
      "'>' x 3000",
      '>'.repeat(3000),
      "line 1 of the answer nests 3000 quotes or list items; pages render at most 16: remove the extra '>', '-' " +
        "or '1.' markers at its start",
    ],
    [
      "'- ' x 3000",
      '- '.repeat(3000),
      "line 1 of the answer nests 3000 quotes or list items; pages render at most 16: remove the extra '>', '-' " +
        "or '1.' markers at its start",
    ],
    [
      "'*a ' x 3000",
      '*a '.repeat(3000),
      "the paragraph at line 1 of the answer has more than 1000 '*', '_', '~', '[' or ']' marks; pages render " +
        'at most 1000: split it with blank lines or remove marks',
    ],
  ])('case 3: an answer of %s that remark cannot render fails with the fix', async (_, answer, message) => {
    const { code, lines } = await check({ 'biology/what-is-osmosis.md': withAnswer(`answer: >-\n    ${answer}\n`) });
    expect(lines[0]).toBe(`content/biology/what-is-osmosis.md:20: answer: ${message}`);
    expect(code).toBe(1);
  });

  it.each([
    ['\\v', 'contains the control character U+000B at character 9; remove it (this field is one line)'],
    ['\\x01', 'contains the control character U+0001 at character 9; remove it (this field is one line)'],
    ['\\uFFFE', 'contains the Unicode non-character U+FFFE at character 9; remove it'],
    [
      '\\uD800',
      'contains a lone surrogate U+D800 at character 9 (half a character); remove it or write the whole character',
    ],
    ['\\n', 'contains a tab or line break U+000A at character 9; remove it (this field is one line)'],
  ])('case 4: a question holding %s fails with the character and its position', async (escape, message) => {
    const source = withAnswer('answer: >-\n    x\n').replace(
      'question: >-\n    What is osmosis?',
      `question: "What is ${escape} osmosis?"`,
    );
    const { code, lines } = await check({ 'biology/what-is-osmosis.md': source });
    expect(lines[0]).toBe(`content/biology/what-is-osmosis.md:18: question: ${message}`);
    expect(code).toBe(1);
  });

  it('caps the length of every text field at a limit the real data never reaches', async () => {
    const long = 'Why '.repeat(100);
    const source = makeSource()
      .source.replace('question: >-\n    What is osmosis?', `question: >-\n    ${long}`)
      .replace('date_format: MMM DD, YYYY', `date_format: '${'['.repeat(41)}'`);
    const { lines } = await check({ 'biology/what-is-osmosis.md': source });
    expect(lines).toEqual([
      'content/biology/what-is-osmosis.md:9: date_format: is 41 characters; at most 40 are allowed',
      'content/biology/what-is-osmosis.md:18: question: is 399 characters; at most 300 are allowed',
      '✗ 2 errors in 1 file, 0 warnings; 1 files read',
    ]);
  });
});

describe('npm run check -- paths, --quiet, --all', () => {
  const target = makeSource({ id: 2, question: 'Target?' });
  const wrongTitle = [{ id: 2, title: 'Wrong title?', subject: 'Biology', url: '/learn/biology/questions/target' }];
  const files = {
    ...article({ id: 1, related: wrongTitle }),
    [target.file]: target.source,
    'physics/what-is-force.md': makeSource({ id: 3, subject: 'Physics', question: 'What is force?' }).source,
  };
  const orphan = (file: string) =>
    `content/${file}:3: id: warning: is an orphan: no article refers to it and it has no related_article references ` +
    `of its own; add a related_article key naming a related question (its id, title, subject and url), or name ` +
    `this one in another article`;

  it('reports only the named file, with the rules across files run over the whole library', async () => {
    const { code, lines } = await check(files, { only: ['biology/what-is-osmosis.md'] });
    // Alone, the reference would be a missing id (a warning); the whole library makes it a title mismatch.
    expect(lines).toEqual([
      'content/biology/what-is-osmosis.md:26: related_article1: title disagrees with article 2\'s question "Target?"',
      '✗ 1 error in 1 file, 0 warnings; 1 files read in the named paths (3 read in all)',
    ]);
    expect(code).toBe(1);
  });

  it('reports a named folder, and passes when only other files have errors', async () => {
    const { code, lines } = await check(files, { only: ['physics/'] });
    expect(lines).toEqual([
      orphan('physics/what-is-force.md'),
      '✓ 1 articles checked in the named paths (3 read in all): no errors, 1 warning',
    ]);
    expect(code).toBe(0);
  });

  it('--quiet prints errors and the summary only', async () => {
    const { lines } = await check(files, { quiet: true });
    expect(lines).toEqual([
      'content/biology/what-is-osmosis.md:26: related_article1: title disagrees with article 2\'s question "Target?"',
      '✗ 1 error in 1 file, 1 warning; 3 files read',
    ]);
  });

  /** `count` articles, the first with a bad id: an error, and `count - 1` orphan warnings. */
  const many = (count: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => {
        const { file, source } = makeSource({ id: i + 1, question: `Question ${i + 1}?` });
        return [file, i === 0 ? source.replace('id: 1', 'id: one') : source];
      }),
    );

  it('groups more than 50 warnings by rule with a count and examples; errors stay one per line', async () => {
    const { code, lines } = await check(many(52));
    expect(lines).toEqual([
      'content/biology/question-1.md:3: id: must be a whole number',
      '51 warnings in 1 rule (more than 50, so grouped; `npm run check -- --all` lists every one, `npm run check ' +
        '-- <file or folder>` those of some files):',
      '    51 × warning: id: is an orphan: no article refers to it and it has no related_article references of ' +
        'its own; add a related_article key naming a related question (its id, title, subject and url), or name ' +
        'this one in another article',
      `         ${orphan('biology/question-10.md')}`,
      `         ${orphan('biology/question-11.md')}`,
      `         ${orphan('biology/question-12.md')}`,
      '         … and 48 more',
      '✗ 1 error in 1 file, 51 warnings; 52 files read',
    ]);
    expect(code).toBe(1);
  });

  it('does not group 50 warnings, nor any number with --all', async () => {
    const fifty = (await check(many(51))).lines;
    expect(fifty).toHaveLength(1 + 50 + 1);
    expect(fifty[1]).toBe(orphan('biology/question-10.md'));
    const all = (await check(many(52), { all: true })).lines;
    expect(all.filter((line) => line.endsWith('or name this one in another article'))).toHaveLength(51);
  });
});
