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
  it('scaffolds a placed article that the check reports until its answer is written', () => {
    const dir = contentDir();
    const file = createArticle('Biology', "What is osmosis's role?", dir, new Date('2026-03-04T10:00:00Z'));
    expect(path.relative(dir, file)).toBe('biology/what-is-osmosiss-role.md');
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toContain('id: 79892\ndate: 2026-03-04\n');
    expect(source).toContain('url: /learn/biology/questions/what-is-osmosiss-role\n');
    expect(source).toContain('seo:\n  title: QuickTakes | Biology\n');

    const before = quiet(dir);
    expect(before.code).toBe(1);
    expect(before.lines.filter((l) => !l.includes('warning'))[0]).toMatch(
      /biology\/what-is-osmosiss-role\.md:\d+: answer: must not be empty$/,
    );

    fs.writeFileSync(
      file,
      source.replace(
        'answer: >-\n',
        'answer: >-\n    Osmosis moves water across a membrane.\\n\\n1. **Why**: it balances solutes.\n',
      ),
    );
    const after = quiet(dir);
    expect(after.code).toBe(0);
    const { article } = parseArticle('biology/what-is-osmosiss-role.md', fs.readFileSync(file, 'utf8'));
    expect(article?.dateLabel).toBe('Posted on Mar 04, 2026');
    expect(article?.question).toBe("What is osmosis's role?");
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
