import { fieldName, findFieldLine } from './lines';

/** Keys that reach an object's prototype when copied (`__proto__: {draft: true}` unpublished an article). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first forbidden key at any depth of loaded front matter, with its path and file line; js-yaml
 * keeps `__proto__` as an own key, which a later copy would turn into a prototype.
 */
export function findForbiddenKey(data: unknown, frontMatter: string): { field: string; line?: number } | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (value === null || typeof value !== 'object') continue;
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      const at = [...path, key];
      if (FORBIDDEN.has(key)) return { field: fieldName(at), line: findFieldLine(frontMatter, at) };
      stack.push({ value: child, path: at });
    }
  }
  return undefined;
}
