import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_COLORS, SITE_MARK, SITE_NAME } from './site';

/** Code a rename must not have to touch: everything request-time and build-time but this folder's site.ts and tests. */
const ROOTS = ['app', 'components', 'lib', 'scripts', 'proxy.ts'];
const ALLOWED = new Set(['lib/config/site.ts', 'app/icon.svg']);

function sources(entry: string): string[] {
  const stat = fs.statSync(entry);
  if (stat.isFile()) return [entry];
  return fs
    .readdirSync(entry)
    .filter((name) => name !== '__fixtures__' && name !== 'node_modules')
    .flatMap((name) => sources(path.join(entry, name)));
}

describe('the site name, logo and colours live in lib/config/site.ts', () => {
  const files = ROOTS.flatMap(sources).filter(
    (file) => /\.(tsx?|css|svg)$/.test(file) && !/\.test\.tsx?$/.test(file) && !ALLOWED.has(file),
  );

  it('no other file spells them out', () => {
    expect(files.length).toBeGreaterThan(50);
    const hex = Object.values(SITE_COLORS).map((colour) => colour.toLowerCase());
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return [
        // The name in code, not in a comment's example (`QuickTakes | Biology`, the real data's seo.title).
        ...(text.match(new RegExp(`['"\`>]\\s*${SITE_NAME}\\s*['"\`<]`, 'g')) ?? []).map((m) => `${file}: ${m}`),
        ...(text.match(new RegExp(`>\\s*${SITE_MARK}\\s*<`, 'g')) ?? []).map((m) => `${file}: ${m}`),
        ...hex.filter((colour) => text.toLowerCase().includes(colour)).map((colour) => `${file}: ${colour}`),
      ];
    });
    expect(found).toEqual([]);
  });
});
