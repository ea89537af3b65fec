import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export function treeRssMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {}
  };
  visit(pid);
  return total;
}

export type RunResult = { code: number; stdout: string; seconds: number; peakMb: number };

/**
 * Node's flags for the content pipeline, as package.json's `check` and `prebuild` scripts give them (a test holds
 * them together). A 32 MB semi-space (Node 20's default is 16 MB): the prebuild's strings, a gigabyte at 100,000
 * articles, kept the collector busy for 11.8 s of a 58 s warm prebuild; measured there (load 2), 45.9-46.9 s against
 * 52.0-53.3 s, for about 300 MB more at peak (64 MB was no faster).
 */
export const PIPELINE_NODE_FLAGS = ['--max-semi-space-size=32'];

/** Node's arguments for a pipeline script as package.json runs it: the flags, then scripts/run.mjs's bundle of it. */
export const pipelineArgs = (script: string, ...args: string[]) => [
  ...PIPELINE_NODE_FLAGS,
  'scripts/run.mjs',
  script,
  ...args,
];

/** Runs a command, sampling the whole process tree's memory every 200 ms. */
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
  /** Each line the command writes to stderr (its progress), as it comes. */
  onLine?: (line: string) => void,
): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let peakMb = 0;
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => {
    stdout += d;
    if (onLine) for (const line of d.toString().split('\n')) if (line.trim()) onLine(line.trim());
  });
  const timer = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid ?? 0))), 200);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, stdout, seconds: (performance.now() - started) / 1000, peakMb });
    }),
  );
}

/** Starts a long-running command in its own process group; its output goes to `logFile` when given. */
export function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  logFile?: string,
  cwd?: string,
): ChildProcess {
  const out = logFile ? fs.openSync(logFile, 'w') : 'ignore';
  return spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true, cwd });
}

export function dirSizeMb(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else bytes += fs.statSync(p).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return bytes / 1024 / 1024;
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

export async function waitForServer(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not start`);
}
