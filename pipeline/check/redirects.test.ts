import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSource } from '../content/__fixtures__/make';
import { formatProblem } from '../content/problems';
import { scanContent } from '../scan';
import { redirectEntries } from './redirects';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const OLD = '/learn/biology/questions/what-is-diffusion-of-water';
const list = (...paths: string[]) => `redirect_from:\n${paths.map((p) => `  - ${p}\n`).join('')}`;

/** Writes the articles into a fresh content folder and returns its redirect_from problems as printed. */
async function check(articles: { question: string; id: number; extra?: string }[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redirects-'));
  dirs.push(dir);
  const sources = articles.map((a) => makeSource(a));
  for (const { file, source } of sources) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  const { articles: parsed, problems } = await scanContent({ dir, cache: false });
  const lineOf = (index: number, text: string) =>
    (sources[index]?.source.split('\n').findIndex((l) => l.includes(text)) ?? -2) + 1;
  return {
    parsed,
    lineOf,
    errors: problems
      .filter((p) => p.field === 'redirect_from' && p.severity === 'error')
      .map((p) => formatProblem(p).replace(`${dir}/`, '')),
  };
}

const OSMOSIS = { question: 'What is osmosis?', id: 1 };
const DIFFUSION = { question: 'What is diffusion?', id: 2 };

describe('redirect_from', () => {
  it('accepts old paths and puts them in the redirect index, never anything else', async () => {
    const { errors, parsed } = await check([{ ...OSMOSIS, extra: list(OLD) }, DIFFUSION]);
    expect(errors).toEqual([]);
    expect(redirectEntries(parsed)).toEqual([[OLD, '/learn/biology/questions/what-is-osmosis']]);
  });

  it('refuses a path outside /learn/…/questions/…, on its own line', async () => {
    const { errors, lineOf } = await check([
      { ...OSMOSIS, extra: list(OLD, '/about', 'https://x.example/learn/a/questions/b') },
    ]);
    expect(errors).toEqual([
      `content/biology/what-is-osmosis.md:${lineOf(0, '- /about')}: redirect_from: "/about" is not an article ` +
        `path: write /learn/<subject-slug>/questions/<old-slug> (lowercase letters, digits, hyphens)`,
      `content/biology/what-is-osmosis.md:${lineOf(0, '- https://')}: redirect_from: "https://x.example/learn/a/questions/b" ` +
        `is not an article path: write /learn/<subject-slug>/questions/<old-slug> (lowercase letters, digits, hyphens)`,
    ]);
  });

  it("refuses the article's own url", async () => {
    const own = '/learn/biology/questions/what-is-osmosis';
    const { errors, lineOf } = await check([{ ...OSMOSIS, extra: list(own) }]);
    expect(errors).toEqual([
      `content/biology/what-is-osmosis.md:${lineOf(0, `- ${own}`)}: redirect_from: "${own}" is this article's own url`,
    ]);
  });

  it("refuses a live article's url", async () => {
    const live = '/learn/biology/questions/what-is-diffusion';
    const { errors, lineOf } = await check([{ ...OSMOSIS, extra: list(live) }, DIFFUSION]);
    expect(errors).toEqual([
      `content/biology/what-is-osmosis.md:${lineOf(0, `- ${live}`)}: redirect_from: "${live}" is the url of a ` +
        `live article (biology/what-is-diffusion.md): an old path must be gone`,
    ]);
  });

  it('refuses a path claimed by two articles, or twice by one', async () => {
    const { errors, lineOf } = await check([
      { ...OSMOSIS, extra: list(OLD) },
      { ...DIFFUSION, extra: list(OLD) },
    ]);
    expect(errors).toEqual([
      `content/biology/what-is-osmosis.md:${lineOf(0, `- ${OLD}`)}: redirect_from: "${OLD}" is also claimed by ` +
        `biology/what-is-diffusion.md: an old path redirects to one article`,
    ]);
    const twice = await check([{ ...OSMOSIS, extra: list(OLD, OLD) }]);
    expect(twice.errors).toEqual([
      `content/biology/what-is-osmosis.md:${twice.lineOf(0, `- ${OLD}`) + 1}: redirect_from: "${OLD}" is listed twice`,
    ]);
  });

  it('refuses a chain: old paths leading to a url that is itself an old path', async () => {
    // Diffusion was renamed to osmosis, but diffusion still lists its own old path.
    const diffusion = '/learn/biology/questions/what-is-diffusion';
    const { errors, lineOf } = await check([
      { ...OSMOSIS, extra: list(diffusion) },
      { ...DIFFUSION, extra: list(OLD) },
    ]);
    expect(errors).toContain(
      `content/biology/what-is-diffusion.md:${lineOf(1, 'redirect_from:')}: redirect_from: this article's url ` +
        `is an old path of biology/what-is-osmosis.md, so these old paths would redirect twice: move them to biology/what-is-osmosis.md`,
    );
  });

  it('refuses a value that is not a list of paths, at parse time', async () => {
    const { parsed, errors, lineOf } = await check([
      { ...OSMOSIS, extra: 'redirect_from: /learn/biology/questions/x\n' },
    ]);
    expect(parsed).toEqual([]);
    expect(errors).toEqual([
      `content/biology/what-is-osmosis.md:${lineOf(0, 'redirect_from:')}: redirect_from: must be a list of old paths`,
    ]);
  });
});
