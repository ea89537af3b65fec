// npm run lighthouse: audits an article and a subject page on mobile with Debian's Chromium
// against `next start` (after a build) and prints the four category scores.
import fs from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { start, waitForServer } from './bench/measure';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3477);
const base = `http://127.0.0.1:${PORT}`;
const PAGES = [
  '/learn/business-and-management/questions/how-does-operations-management-contribute-to-organizational-efficiency',
  '/learn/business-and-management',
];
const chromePath = process.env.CHROME_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = start('node_modules/.bin/next', ['start', '-p', String(PORT)], {});
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
let failed = false;
try {
  await waitForServer(`${base}/learn`);
  for (const path of PAGES) {
    await fetch(base + path);
    const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(Object.entries(categories).map(([key, c]) => [key, Math.round((c.score ?? 0) * 100)]));
    console.log(`${path}: ${JSON.stringify(scores)}`);
    const tbt = result?.lhr.audits['total-blocking-time']?.displayValue;
    const lcp = result?.lhr.audits['largest-contentful-paint']?.displayValue;
    console.log(`  LCP ${lcp}, TBT ${tbt}`);
    for (const [key, category] of Object.entries(categories)) {
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      if (failing.length && key !== 'performance') console.log(`  ${key} below 100: ${failing.join(', ')}`);
    }
    if ((scores.performance ?? 0) < 95 || ['accessibility', 'best-practices', 'seo'].some((k) => scores[k] !== 100)) failed = true;
  }
} finally {
  await chrome.kill();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
console.log(failed ? 'below target (performance 95, others 100)' : 'all targets met');
