import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSelected, parseCheckArgs, UsageError } from './options';
import { ruleOf } from './groups';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'check-args-'));
const content = path.join(root, 'content');
fs.mkdirSync(path.join(content, 'biology'), { recursive: true });
fs.writeFileSync(path.join(content, 'biology', 'what-is-osmosis.md'), '');
fs.writeFileSync(path.join(content, 'biology', 'notes.txt'), '');
fs.mkdirSync(path.join(content, '.drafts'));
fs.writeFileSync(path.join(content, '.drafts', 'a.md'), '');
fs.writeFileSync(path.join(root, 'outside.md'), '');
fs.symlinkSync(path.join(root, 'outside.md'), path.join(content, 'biology', 'link.md'));
fs.symlinkSync(path.join(content, 'biology', 'what-is-osmosis.md'), path.join(content, 'biology', 'alias.md'));
fs.symlinkSync(path.join(content, 'biology'), path.join(content, 'bio-link'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const parse = (...argv: string[]) => parseCheckArgs(argv, content, root);
const refused = (argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof UsageError) return { code: error.code, message: error.message };
  }
  throw new Error('not refused');
};

describe("npm run check's command line", () => {
  it('takes files and folders under content/, relative to the working folder or absolute', () => {
    expect(parse('content/biology/what-is-osmosis.md', 'content/biology', path.join(content, 'biology') + '/')).toEqual(
      { only: ['biology/what-is-osmosis.md', 'biology/', 'biology/'], quiet: false, all: false },
    );
    expect(parse('content', '--quiet')).toEqual({ only: [''], quiet: true, all: false });
    expect(parse()).toEqual({ quiet: false, all: false });
  });

  it('refuses, with exit code 1, a missing path, one outside content/ (also through a link) and a non-article', () => {
    expect(refused(['content/biology/nope.md'])).toEqual({
      code: 1,
      message: 'content/biology/nope.md: no such file or folder',
    });
    const outside = 'not inside the content folder (content/); name a file or folder in it';
    expect(refused(['outside.md'])).toEqual({ code: 1, message: `outside.md: ${outside}` });
    expect(refused(['.'])).toEqual({ code: 1, message: `.: ${outside}` });
    expect(refused(['content/biology/link.md'])).toEqual({ code: 1, message: `content/biology/link.md: ${outside}` });
    expect(refused(['content/.drafts/a.md'])).toEqual({
      code: 1,
      message: 'content/.drafts/a.md: names starting with "." are not articles: the check skips them',
    });
    expect(refused([''])).toEqual({
      code: 1,
      message: 'npm run check: an empty path: name a file or folder under content/',
    });
    expect(() => parseCheckArgs(['outside.md'], path.join(root, 'no-content'), root)).toThrow(
      `content folder not found: ${path.join(root, 'no-content')}`,
    );
    expect(refused(['content/biology/notes.txt'])).toEqual({
      code: 1,
      message: 'content/biology/notes.txt: not an article: articles are .md files',
    });
  });

  // The check skips links with a warning on the link's own path: naming one must print that, not the target's problems.
  it('names a link inside content/ by its own path, not the article or folder it points at', () => {
    expect(parse('content/biology/alias.md').only).toEqual(['biology/alias.md']);
    expect(parse('content/bio-link').only).toEqual(['bio-link']);
    expect(isSelected('bio-link', parse('content/bio-link').only)).toBe(true);
  });

  it('refuses an unknown option with the usage and exit code 2', () => {
    const { code, message } = refused(['--quite']);
    expect(code).toBe(2);
    expect(message).toContain("Unknown option '--quite'");
    expect(message).toContain('usage: npm run check -- [--quiet] [--all]');
    expect(refused(['--quiet', '--all']).code).toBe(2);
  });

  it('selects the named files and everything under a named folder, not a file that only starts alike', () => {
    expect(isSelected('biology/a.md', ['biology/'])).toBe(true);
    expect(isSelected('biology-2/a.md', ['biology/'])).toBe(false);
    expect(isSelected('biology/a.md', ['biology/a.m'])).toBe(false);
    expect(isSelected('physics/a.md', [''])).toBe(true);
    expect(isSelected('physics/a.md', undefined)).toBe(true);
  });
});

describe('the rule of a warning, for grouping', () => {
  it('is the field and the message with per-file parts taken out', () => {
    const missing = (slot: number, id: number) => ({
      field: `related_article${slot}`,
      message: `id ${id} is not in the content; the page fills this slot with a similar article`,
    });
    expect(ruleOf(missing(2, 90101))).toBe(ruleOf(missing(5, 7)));
    expect(ruleOf(missing(2, 90101))).toBe(
      'related_articleN: id N is not in the content; the page fills this slot with a similar article',
    );
    expect(ruleOf({ field: 'question', message: 'same as in biology/osmosis-again.md' })).toBe(
      ruleOf({ field: 'question', message: 'same as in physics/force.md' }),
    );
    expect(
      ruleOf({ field: 'seo.page_description', message: 'is 242 characters; search results show 120 to 160 best' }),
    ).toBe('seo.page_description: is N characters; search results show N to N best');
    // Different fields or messages are different rules.
    expect(ruleOf({ field: 'question', message: 'same as in a/b.md' })).not.toBe(
      ruleOf({ field: 'seo.page_description', message: 'same as in a/b.md' }),
    );
  });
});
