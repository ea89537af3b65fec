import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readArticle } from '@/pipeline/check/file';
import { runCheck } from '@/pipeline/check/report';
import { createArticle } from './new-article';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function contentDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-'));
  roots.push(root);
  const seed = fs.readFileSync(path.join(process.cwd(), 'pipeline/content/__fixtures__/seed.md'), 'utf8');
  fs.mkdirSync(path.join(root, 'business-and-management'));
  fs.writeFileSync(
    path.join(
      root,
      'business-and-management',
      'how-does-operations-management-contribute-to-organizational-efficiency.md',
    ),
    seed,
  );
  return root;
}

const quiet = async (dir: string) => {
  const lines: string[] = [];
  return { code: await runCheck(dir, (l) => lines.push(l), { cache: false }), lines };
};

describe('npm run new', () => {
  it('scaffolds a placed article with a literal-block answer that fails the check until the placeholder is replaced', async () => {
    const dir = contentDir();
    const { file } = await createArticle('Biology', "What is osmosis's role?", dir, new Date('2026-03-04T10:00:00Z'));
    expect(path.relative(dir, file)).toBe('biology/what-is-osmosiss-role.md');
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toContain('id: 79892\ndate: 2026-03-04\n');
    expect(source).toContain('url: /learn/biology/questions/what-is-osmosiss-role\n');
    expect(source).toContain('seo:\n  title: QuickTakes | Biology\n');
    expect(source).toContain('\nanswer: |-\n    Write the answer here');

    const before = await quiet(dir);
    expect(before.code).toBe(1);
    const prefix = 'biology/what-is-osmosiss-role.md';
    expect(before.lines.filter((l) => l.includes(prefix)).map((l) => l.slice(l.indexOf(prefix)))).toEqual([
      expect.stringMatching(
        new RegExp(`^${prefix}:3: id: warning: is an orphan: .*; add a related_article key naming`),
      ),
      `${prefix}:13: seo.page_description: warning: is empty; search results will show the answer's opening words`,
      `${prefix}:19: answer: still holds npm run new's placeholder: replace it with the answer (a build refuses it)`,
    ]);

    const answer = source.slice(source.indexOf('answer: |-\n'), source.indexOf('subject: '));
    fs.writeFileSync(
      file,
      source.replace(
        answer,
        'answer: |-\n    Osmosis moves water across a membrane.\n\n    1. **Why**: it balances solutes.\n    2. ' +
          '**Where**: in every cell.\n',
      ),
    );
    const after = await quiet(dir);
    expect(after.code).toBe(0);
    expect(after.lines.filter((l) => l.includes(prefix) && l.includes(': answer: '))).toEqual([]);
    const { article } = readArticle('biology/what-is-osmosiss-role.md', fs.readFileSync(file, 'utf8'));
    expect(article?.dateLabel).toBe('Posted on Mar 04, 2026');
    expect(article?.question).toBe("What is osmosis's role?");
    expect(article?.answerMarkdown).toBe(
      'Osmosis moves water across a membrane.\n\n1. **Why**: it balances solutes.\n2. **Where**: in every cell.',
    );
  });

  it('refuses to overwrite an existing article', async () => {
    const dir = contentDir();
    await createArticle('Biology', 'What is osmosis?', dir);
    const file = path.join(dir, 'biology', 'what-is-osmosis.md');
    fs.appendFileSync(file, 'edited');
    await expect(createArticle('Biology', 'What is osmosis?', dir)).rejects.toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8').endsWith('edited')).toBe(true);
  });
});
