// The reference the bench compares static generation with: a minimal site in the blog-starter pattern
// (vercel/next.js examples/blog-starter) over the same corpus. One file read and one remark-html render per
// page, no cache, nothing precompiled. Written into a scratch folder beside the project's build copy.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, type RunResult } from './measure';

const STATIC: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-peer', private: true, type: 'module' }),
  'next.config.mjs': `export default { experimental: { cpus: Number(process.env.BUILD_CPUS ?? 1) } };\n`,
  'app/layout.js': `export const metadata = { title: 'Peer' };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
  'lib/api.js': `import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

const dir = process.env.CONTENT_DIR;

export function getSlugs() {
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) =>
    fs.readdirSync(path.join(dir, d.name)).filter((f) => f.endsWith('.md')).map((f) => ({ subject: d.name, slug: f.slice(0, -3) })),
  );
}

export function getPost(subject, slug) {
  return matter(fs.readFileSync(path.join(dir, subject, slug + '.md'), 'utf8'), {}).data;
}
`,
  'app/learn/[subject]/questions/[slug]/page.js': `import { remark } from 'remark';
import html from 'remark-html';
import { getPost, getSlugs } from '../../../../../lib/api.js';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSlugs();
}

export default async function Post({ params }) {
  const { subject, slug } = await params;
  const post = getPost(subject, slug);
  const content = String(await remark().use(html).process(String(post.answer).replace(/\\\\n/g, '\\n')));
  return (
    <article>
      <h1>{post.question}</h1>
      <p>{post.post_on_text} {String(post.date)}</p>
      <div dangerouslySetInnerHTML={{ __html: content }} />
    </article>
  );
}
`,
};

/** The cold-start peer: standalone, every page read and rendered on its request, nothing prerendered. */
const DYNAMIC: Record<string, string> = {
  ...STATIC,
  'next.config.mjs': `export default { output: 'standalone', experimental: { cpus: Number(process.env.BUILD_CPUS ?? 1) } };\n`,
  'app/learn/[subject]/questions/[slug]/page.js': (
    STATIC['app/learn/[subject]/questions/[slug]/page.js'] ?? ''
  ).replace(/export const dynamicParams[\s\S]*?\n}\n/, "export const dynamic = 'force-dynamic';\n"),
};

export type PeerBuild = { build: RunResult; distDir: string };

/**
 * The peer over `contentDir`. `dynamic`: the bare pattern for cold starts instead, standalone, reading and rendering
 * one file per request (nothing prerendered).
 */
export async function buildPeer(contentDir: string, cpus: number, dynamic = false): Promise<PeerBuild> {
  const root = path.join(os.tmpdir(), dynamic ? 'qt-build-peer-dynamic' : 'qt-build-peer');
  fs.rmSync(root, { recursive: true, force: true });
  for (const [file, text] of Object.entries(dynamic ? DYNAMIC : STATIC)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.copyFileSync('package-lock.json', path.join(root, 'package-lock.json'));
  execFileSync('cp', ['-al', path.join(process.cwd(), 'node_modules'), path.join(root, 'node_modules')]);
  const build = await run(
    path.join(root, 'node_modules', '.bin', 'next'),
    ['build'],
    {
      CONTENT_DIR: contentDir,
      BUILD_CPUS: String(cpus),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    root,
  );
  if (build.code !== 0) throw new Error(`the peer's next build failed:\n${build.stdout.slice(-3000)}`);
  return { build, distDir: path.join(root, '.next') };
}
