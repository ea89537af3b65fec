import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { markdownParser, parseTree } from './tree';

describe('markdownParser', () => {
  it('gives a renderer built on it each Markdown extension once (each one more would parse the text again)', () => {
    const extensions = remark().use(remarkGfm).use(remarkMath).freeze().data('micromarkExtensions') ?? [];
    const renderer = markdownParser().use(remarkHtml).freeze();
    expect(extensions.length).toBeGreaterThan(0);
    expect(renderer.data('micromarkExtensions')).toHaveLength(extensions.length);
  });

  it('parses GFM tables and maths', () => {
    const tree = parseTree('| a |\n| - |\n| 1 |\n\n$$\nx^2\n$$\n');
    expect(tree.children?.map((node) => node.type)).toEqual(['table', 'math']);
  });
});
