import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

/**
 * The one Markdown parse (GFM + maths), unfrozen: the renderer adds HTML output to it, the rules read its tree.
 * A new processor each call, because a copy of a frozen one keeps its extensions and would register them twice.
 */
export const markdownParser = () => remark().use(remarkGfm).use(remarkMath);

const parser = markdownParser().freeze();

export type TreeNode = {
  type: string;
  value?: string;
  lang?: string | null;
  url?: string;
  children?: TreeNode[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
};

/** The Markdown tree of an answer; call only on answers within the render limits (scanRenderLimits). */
export const parseTree = (markdown: string): TreeNode => parser.parse(markdown) as TreeNode;

/** Every node of a tree with its parent, depth first in document order, without recursion. */
export function* walkTree(root: TreeNode): Generator<{ node: TreeNode; parent?: TreeNode }> {
  const stack: { node: TreeNode; parent?: TreeNode }[] = [{ node: root }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    yield item;
    const children = item.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as TreeNode, parent: item.node });
  }
}
