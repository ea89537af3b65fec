/**
 * highlight.js's grammars slow down quadratically on some inputs (a 19,900-character `ini` block took
 * 3.4 s; 8,000 characters of C took 210 ms), so only code up to these sizes is highlighted; larger
 * blocks stay plain, and npm run check warns. Bundled code blocks: 2, of 57 and 81 characters.
 */
export const HIGHLIGHT_LIMITS = {
  /** characters in one highlighted block */
  block: 2_000,
  /** highlighted characters in one answer; later blocks stay plain */
  answer: 4_000,
};

const used = new WeakMap<object, number>();

/** Whether a block of code is highlighted, charging it to the render (`render`: one answer's state). */
export function shouldHighlight(render: object, code: string): boolean {
  const spent = used.get(render) ?? 0;
  if (code.length > HIGHLIGHT_LIMITS.block || spent + code.length > HIGHLIGHT_LIMITS.answer) return false;
  used.set(render, spent + code.length);
  return true;
}

/** The check's warning for each block a page would leave plain, in answer order. */
export function unhighlightedBlocks(blocks: readonly string[]): number[] {
  const render = {};
  return blocks.flatMap((code, index) => (shouldHighlight(render, code) ? [] : [index]));
}
