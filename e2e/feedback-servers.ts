import { spawn, type ChildProcess } from 'node:child_process';

/** A `next start` of the current build with its own environment, on its own port, in its own process group. */
export async function startServer(port: number, env: Record<string, string>): Promise<{ base: string; stop(): void }> {
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${base}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`next start on port ${port} did not answer in 30 s`);
}

/** Waits until the current minute has at least `seconds` left, so a rate-limit sequence stays in one window. */
export async function roomInMinute(seconds: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < seconds * 1000) await new Promise((r) => setTimeout(r, left + 100));
}
