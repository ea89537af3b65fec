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
  (JSON.parse(fs.readFileSync(nft, 'utf8')) as { files: string[] }).files.map((f) => path.resolve(path.dirname(nft), f));

/**
 * Bytes of the largest function: a route's (or the proxy's) traced files plus the server runtime's own,
 * as Vercel packs them, with the route's compiled file itself.
 */
export function largestFunction(distDir: string): { route: string; mb: number } {
  // Sizes are read from the standalone copy: the project's own files (its store) may differ since the build.
  const copy = (file: string) => path.join(distDir, 'standalone', path.relative(process.cwd(), file));
  const runtime = traced(path.join(distDir, 'next-minimal-server.js.nft.json'));
  let largest = { route: '', mb: 0 };
  for (const nft of walk(path.join(distDir, 'server'))) {
    const files = new Set([...runtime, ...traced(nft), path.resolve(nft.replace(/\.nft\.json$/, ''))].map(copy));
    let bytes = 0;
    for (const file of files) if (fs.existsSync(file) && fs.statSync(file).isFile()) bytes += fs.statSync(file).size;
    const mb = bytes / 1024 / 1024;
    if (mb > largest.mb) largest = { route: path.relative(path.join(distDir, 'server'), nft), mb };
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
export async function coldRequest(distDir: string, url: string, port: number, env: Record<string, string> = {}): Promise<ColdFigures> {
  const dir = path.join(distDir, 'standalone');
  fs.rmSync(path.join(dir, distDir, 'cache'), { recursive: true, force: true });
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
