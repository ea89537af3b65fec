import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/parse';
import { runCheck } from './check';
import { createArticle } from './new';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function contentDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-'));
  roots.push(root);
  const seed = fs.readFileSync(path.join(process.cwd(), 'lib/content/__fixtures__/seed.md'), 'utf8');
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

const quiet = (dir: string) => {
  const lines: string[] = [];
  return { code: runCheck(dir, (l) => lines.push(l)), lines };
};

describe('npm run new', () => {
  it('scaffolds a placed article with a literal-block answer that passes the check with placeholder warnings', () => {
    const dir = contentDir();
    const file = createArticle('Biology', "What is osmosis's role?", dir, new Date('2026-03-04T10:00:00Z'));
    expect(path.relative(dir, file)).toBe('biology/what-is-osmosiss-role.md');
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toContain('id: 79892\ndate: 2026-03-04\n');
    expect(source).toContain('url: /learn/biology/questions/what-is-osmosiss-role\n');
    expect(source).toContain('seo:\n  title: QuickTakes | Biology\n');
    expect(source).toContain('\nanswer: |-\n    Write the answer here');

    const before = quiet(dir);
    expect(before.code).toBe(0);
    const prefix = 'biology/what-is-osmosiss-role.md';
    expect(before.lines.filter((l) => l.includes(prefix)).map((l) => l.slice(l.indexOf(prefix)))).toEqual([
      `${prefix}:3: id: warning: is an orphan: no article refers to it and it has no related_article references of its own`,
      `${prefix}:13: seo.page_description: warning: is empty; search results will show the answer's opening words`,
      `${prefix}:19: answer: warning: still holds npm run new's placeholder: replace it with the answer`,
    ]);

    const answer = source.slice(source.indexOf('answer: |-\n'), source.indexOf('subject: '));
    fs.writeFileSync(
      file,
      source.replace(
        answer,
        'answer: |-\n    Osmosis moves water across a membrane.\n\n    1. **Why**: it balances solutes.\n    2. **Where**: in every cell.\n',
      ),
    );
    const after = quiet(dir);
    expect(after.code).toBe(0);
    expect(after.lines.filter((l) => l.includes(prefix) && l.includes(': answer: '))).toEqual([]);
    const { article } = parseArticle('biology/what-is-osmosiss-role.md', fs.readFileSync(file, 'utf8'));
    expect(article?.dateLabel).toBe('Posted on Mar 04, 2026');
    expect(article?.question).toBe("What is osmosis's role?");
    expect(article?.answerMarkdown).toBe(
      'Osmosis moves water across a membrane.\n\n1. **Why**: it balances solutes.\n2. **Where**: in every cell.',
    );
  });

  it('refuses to overwrite an existing article', () => {
    const dir = contentDir();
    createArticle('Biology', 'What is osmosis?', dir);
    const file = path.join(dir, 'biology', 'what-is-osmosis.md');
    fs.appendFileSync(file, 'edited');
    expect(() => createArticle('Biology', 'What is osmosis?', dir)).toThrow(/already exists/);
    expect(fs.readFileSync(file, 'utf8').endsWith('edited')).toBe(true);
  });
});
