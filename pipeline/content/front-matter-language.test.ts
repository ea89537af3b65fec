import { describe, expect, it } from 'vitest';
import { makeSource } from './__fixtures__/make';
import { readArticle } from '@/pipeline/check/file';

// gray-matter reads the rest of the --- line as a language name: in a file saved with CR-only line ends that is
// the whole file, which the message repeated (a megabyte, carriage returns redrawing the terminal).
describe('the language after the opening ---', () => {
  it('is quoted short and with control characters escaped', () => {
    const { file, source } = makeSource();
    const [problem] = readArticle(file, source.replace(/\n/g, '\r') + 'x'.repeat(100_000)).problems;
    expect(problem?.line).toBe(1);
    expect(problem?.message.length).toBeLessThan(200);
    expect(problem?.message).not.toMatch(/[\r\n]/);
    expect(problem?.message).toContain('\\u000d');
  });
});
