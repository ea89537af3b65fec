import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeVersion } from './cache';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

describe('the parse cache key', () => {
  it('changes with any rule or dependency change, and ignores tests and fixtures', () => {
    write('package-lock.json', '{"zod":"4.6.7"}');
    write('lib/content/rules.ts', 'export const MAX = 160;');
    write('lib/content/rules.test.ts', 'test');
    write('lib/content/__fixtures__/a.md', 'fixture');
    const first = codeVersion(root);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    write('lib/content/rules.test.ts', 'another test');
    write('lib/content/__fixtures__/a.md', 'another fixture');
    expect(codeVersion(root)).toBe(first);
    write('lib/content/rules.ts', 'export const MAX = 150;');
    const second = codeVersion(root);
    expect(second).not.toBe(first);
    write('package-lock.json', '{"zod":"4.6.8"}');
    expect(codeVersion(root)).not.toBe(second);
  });

  it('turns the cache off where the code is not there (a deployed server)', () => {
    expect(codeVersion(path.join(root, 'missing'))).toBeNull();
  });
});
