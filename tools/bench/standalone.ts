// The standalone build as a stand-in for Vercel's functions: what each one carries, and how a fresh one starts.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { start, treeRssMb } from './measure';

const walk = (dir: string, found: string[] = []): string[] => {
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, found);
    else if (entry.name.endsWith('.nft.json')) found.push(p);
  }
  return found;
};

const traced = (nft: string) =>
  (JSON.parse(fs.readFileSync(nft, 'utf8')) as { files: string[] }).files.map((f) =>
    path.resolve(path.dirname(nft), f),
  );

/**
 * Bytes of the largest function as Vercel packs them: `vercel build` puts every App Router page in one
 * function and every route handler in another, each carrying the union of their traced files and the
 * server runtime's; the proxy is a third. Sizes come from the standalone copy, since the project's own
 * files (its store) may have changed since the build.
 */
export function largestFunction(root: string): { route: string; mb: number } {
  const distDir = path.join(root, '.next');
  const copy = (file: string) => path.join(distDir, 'standalone', path.relative(root, file));
  const runtime = traced(path.join(distDir, 'next-minimal-server.js.nft.json'));
  const groups = new Map<string, Set<string>>();
  for (const nft of walk(path.join(distDir, 'server'))) {
    const group = nft.endsWith('page.js.nft.json')
      ? 'pages'
      : nft.endsWith('route.js.nft.json')
        ? 'route handlers'
        : path.basename(nft);
    const files = groups.get(group) ?? new Set(runtime);
    for (const file of [...traced(nft), path.resolve(nft.replace(/\.nft\.json$/, ''))]) files.add(file);
    groups.set(group, files);
  }
  let largest = { route: '', mb: 0 };
  for (const [group, files] of groups) {
    let bytes = 0;
    for (const file of files) {
      const at = copy(file);
      if (fs.existsSync(at) && fs.statSync(at).isFile()) bytes += fs.statSync(at).size;
    }
    if (bytes / 1024 / 1024 > largest.mb) largest = { route: group, mb: bytes / 1024 / 1024 };
  }
  return largest;
}

async function listening(port: number, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() && true));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`standalone server on port ${port} did not listen`);
}

export type ColdFigures = { status: number; firstByteMs: number; rssMb: number; readyMs: number };

/**
 * A fresh `node server.js` with no .next/cache, as a serverless instance starts: time to listen, then the
 * first response's first byte for `url`, and the process's memory after it.
 */
export async function coldRequest(
  distDir: string,
  url: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ColdFigures> {
  const dir = path.join(distDir, 'standalone');
  fs.rmSync(path.join(dir, '.next', 'cache'), { recursive: true, force: true });
  const started = performance.now();
  const server = start('node', ['server.js'], { ...env, PORT: String(port) }, undefined, dir);
  try {
    await listening(port);
    const readyMs = performance.now() - started;
    const t = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${url}`);
    const firstByteMs = performance.now() - t;
    await response.arrayBuffer();
    return { status: response.status, firstByteMs, rssMb: treeRssMb(server.pid ?? 0), readyMs };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
  }
}
