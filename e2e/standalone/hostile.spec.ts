import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { toolEnv } from '@/lib/config';
import { buildStandalone, standaloneRoot } from '@/tools/standalone';
import { MALFORMED_PATHS } from '../fixtures';
import { writeHostileCorpus, type HostileArticle } from './hostile-corpus';

// One build of a corpus of hostile articles, served three ways: the standalone server (what Vercel packs), and
// next start with and without -H 127.0.0.1 (with it, Next proxies the proxy's rewrites over HTTP).
const PORT = (toolEnv().STANDALONE_PORT ?? 3260) + 20;
const NAME = `hostile-${PORT}`;
const MODES = [
  { name: 'standalone', port: PORT, command: ['node', 'server.js'], standalone: true },
  { name: 'next start', port: PORT + 1, command: ['npx', 'next', 'start', '-p', String(PORT + 1)] },
  {
    name: 'next start -H',
    port: PORT + 2,
    command: ['npx', 'next', 'start', '-H', '127.0.0.1', '-p', String(PORT + 2)],
  },
];
const base = (port: number) => `http://127.0.0.1:${port}`;
const servers: ChildProcess[] = [];
let hostile: HostileArticle[] = [];
let geometry = '';

test.describe.configure({ mode: 'serial' });

async function start(command: string[], cwd: string, port: number): Promise<void> {
  const [bin = '', ...args] = command;
  const child = spawn(bin, args, {
    cwd,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', CONTENT_DIR: '', NEXT_OUTPUT: '' },
    stdio: 'ignore',
    detached: true,
  });
  servers.push(child);
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${base(port)}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${command.join(' ')} did not answer on port ${port}`);
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-corpus-'));
  ({ hostile, geometry } = writeHostileCorpus(corpus));
  // A few articles prerendered (Next replaces their Vary), the others rendered on their first request.
  const { dir, root } = await buildStandalone(NAME, { CONTENT_DIR: corpus, PRERENDER_LIMIT: '3' });
  fs.rmSync(corpus, { recursive: true, force: true });
  await Promise.all(MODES.map((mode) => start(mode.command, mode.standalone ? dir : root, mode.port)));
});

test.afterAll(() => {
  for (const child of servers) if (child.pid) process.kill(-child.pid, 'SIGKILL');
  fs.rmSync(standaloneRoot(NAME), { recursive: true, force: true });
});

test('hostile answers, served by the real server, run nothing in the browser', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  expect(hostile.length).toBeGreaterThan(10);
  for (const { name, url } of hostile) {
    expect((await page.goto(`${base(PORT)}${url}`))?.status(), name).toBe(200);
    const answer = page.locator('article .prose').first();
    // An answer that was nothing but a stripped element renders empty, so attached, not visible.
    await expect(answer, name).toBeAttached();
    const injected = await answer.evaluate(
      (prose) =>
        [prose, ...prose.querySelectorAll('*')].filter(
          (el) =>
            ['SCRIPT', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'STYLE'].includes(el.tagName.toUpperCase()) ||
            [...el.attributes].some((a) => a.name.startsWith('on') || /^\s*(javascript|data):/i.test(a.value)),
        ).length,
    );
    const box = await answer.boundingBox();
    await page.mouse.move(5, 5);
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    // Following an http(s) link would leave the page; anything else (a javascript: URL) would run here.
    for (const link of await answer.locator('a:not([href^="http"])').all())
      await link.click({ timeout: 2000 }).catch(() => undefined);
    expect(injected, name).toBe(0);
  }
  expect(dialogs).toEqual([]);
});

test('no formula escapes the answer’s box or widens the page', async ({ page }) => {
  await page.goto(`${base(PORT)}${geometry}`);
  await expect(page.locator('link[href*="temml"]')).toHaveCount(1);
  const found = await page
    .locator('article .prose')
    .first()
    .evaluate((prose) => {
      const box = prose.getBoundingClientRect();
      const escaped = [...prose.querySelectorAll('math *')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .filter((r) => r.top < box.top - 2 || r.bottom > box.bottom + 2).length;
      // temml.css lets a block <math> scroll; app/globals.css does the same for its box.
      const display = prose.querySelector('math[display="block"]');
      const scrolls = [display, display?.parentElement].some(
        (el) => !!el && el.scrollWidth > el.clientWidth + 10 && getComputedStyle(el).overflowX === 'auto',
      );
      return {
        formulas: prose.querySelectorAll('math').length,
        escaped,
        pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        displayScrolls: scrolls,
      };
    });
  expect(found).toEqual({ formulas: 6, escaped: 0, pageOverflow: 0, displayScrolls: true });
});

const hasAccept = (vary = '') => /(^|,)\s*accept\s*(,|$)/i.test(vary);

/** The two answers an article's URL gives, by Accept; both are cacheable, so both must say Vary: Accept. */
async function negotiated(request: APIRequestContext, url: string) {
  const html = await request.get(url, { headers: { Accept: 'text/html,*/*;q=0.8' } });
  const markdown = await request.get(url, { headers: { Accept: 'text/markdown' } });
  return [html, markdown].map((r) => ({
    status: r.status(),
    type: r.headers()['content-type']?.split(';')[0],
    varyAccept: hasAccept(r.headers()['vary']),
    cacheable: !/no-store|private/.test(r.headers()['cache-control'] ?? ''),
  }));
}

for (const mode of MODES) {
  test(`${mode.name}: both answers at an article's URL say Vary: Accept`, async ({ request }) => {
    for (const url of [...hostile.map((article) => article.url), geometry]) {
      expect(await negotiated(request, `${base(mode.port)}${url}`), url).toEqual([
        { status: 200, type: 'text/html', varyAccept: true, cacheable: true },
        { status: 200, type: 'text/markdown', varyAccept: true, cacheable: true },
      ]);
    }
  });

  test(`${mode.name}: a malformed percent-escape answers 400 with the security headers, on every route`, async ({
    request,
  }) => {
    for (const url of MALFORMED_PATHS) {
      const response = await request.get(`${base(mode.port)}${url}`, { maxRedirects: 0 });
      expect(response.status(), url).toBe(400);
      expect(response.headers()['content-security-policy'], url).toContain("default-src 'self'");
      expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    }
  });
}
