import { expect, SEED_URL, test } from './fixtures';

const NEWTON = '/learn/physics/questions/what-are-newtons-three-laws-of-motion';
const BIODIVERSITY = '/learn/environmental-science/questions/what-are-the-main-causes-of-biodiversity-loss';

test('an updated article shows both dates, its sources, and dateModified in its JSON-LD', async ({ page }) => {
  await page.goto(BIODIVERSITY);
  const header = page.locator('article header');
  await expect(header.locator('time[datetime="2024-09-05"]')).toHaveText('Posted on Sep 05, 2024');
  await expect(header.locator('time').nth(1)).toHaveText(/^Updated on [A-Z][a-z]{2} \d{2}, \d{4}$/);
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(2);
  await expect(sources).toContainText('Living Planet Report 2024');
  const graphs = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = graphs
    .flatMap((text) => JSON.parse(text) as Record<string, unknown>[])
    .find((item) => item['@type'] === 'Article');
  expect(article?.datePublished).toBe('2024-09-05');
  expect(article?.dateModified).toMatch(/^\d{4}-\d\d-\d\d$/);
  expect(article?.dateModified).not.toBe('2024-09-05');
  expect((article?.citation as { name: string }[]).map((c) => c.name)).toContain(
    'Living Planet Report 2024: A System in Peril',
  );
});

test('a math article shows MathML, with its stylesheet, no console error and no request to another origin', async ({
  page,
  baseURL,
}) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on(
    'request',
    (request) =>
      !request.url().startsWith(baseURL ?? '') && !request.url().startsWith('data:') && foreign.push(request.url()),
  );
  await page.goto(NEWTON);
  const formula = page.locator('article math').first();
  await expect(formula).toBeVisible();
  expect(await page.locator('article math').count()).toBeGreaterThan(3);
  await expect(page.locator('link[rel="stylesheet"][href="/math/temml.css"]')).toHaveCount(1);
  await expect(page.locator('article script')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a page without math does not load the math stylesheet', async ({ page }) => {
  await page.goto(SEED_URL);
  await expect(page.locator('article math')).toHaveCount(0);
  await expect(page.locator('link[href="/math/temml.css"]')).toHaveCount(0);
});

test('code in an answer is highlighted in the HTML, with no client script', async ({ page }) => {
  await page.goto('/learn/computer-science/questions/what-is-recursion-and-how-does-it-work-in-programming');
  await expect(page.locator('pre code.language-python .hljs-keyword').first()).toHaveText('def');
});

test('the seed lists the questions that link to it', async ({ page }) => {
  await page.goto(SEED_URL);
  const backlinks = page.getByRole('region', { name: 'Questions that link here' });
  const links = backlinks.getByRole('link');
  await expect(links).toHaveCount(5);
  const related = await page
    .getByRole('region', { name: 'Related questions' })
    .getByRole('link')
    .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
  for (const href of await links.evaluateAll((a) => a.map((x) => x.getAttribute('href'))))
    expect(related).not.toContain(href);
});

test('the Markdown copy answers 200 as text/markdown, is linked from its page, and an unknown one is a 404', async ({
  page,
  request,
}) => {
  const response = await request.get(`${SEED_URL}.md`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  const link = response.headers()['link'] ?? '';
  expect(link).toMatch(/^<https?:\/\/[^>]+>; rel="canonical"$/);
  expect(new URL(link.slice(1, link.indexOf('>'))).pathname).toBe(SEED_URL);
  const text = await response.text();
  expect(text.startsWith('# How does operations management contribute to organizational efficiency?\n')).toBe(true);
  expect(text).toMatch(/\nCanonical: <https?:\/\/[^>]+>\n$/);
  const sources = await (await request.get(`${BIODIVERSITY}.md`)).text();
  expect(sources).toContain(
    '## Sources\n\n- *Global Assessment Report on Biodiversity and Ecosystem Services*. IPBES, 2019',
  );
  expect((await request.get('/learn/biology/questions/not-an-article.md')).status()).toBe(404);
  await page.goto(SEED_URL);
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute(
    'href',
    new RegExp(`${SEED_URL}\\.md$`),
  );
});

test('Copy as Markdown puts the Markdown copy on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(NEWTON);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('button', { name: 'Markdown copied' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith("# What are Newton's three laws of motion?\n")).toBe(true);
  expect(text).toContain('$F_\\text{net} = ma$');
});

test('every link in /llms.txt and in the subject indexes it lists resolves', async ({ request, isMobile }) => {
  test.skip(isMobile, 'no page is rendered');
  test.setTimeout(120_000);
  const llms = await request.get('/llms.txt');
  expect(llms.status()).toBe(200);
  const text = await llms.text();
  expect(text.startsWith('# QuickTakes\n')).toBe(true);
  const links = (body: string) =>
    [...body.matchAll(/\]\((https?:\/\/[^)]+)\)/g)].map((m) => new URL(m[1] ?? '').pathname);
  const indexes = links(text).filter((p) => p.startsWith('/llms/'));
  expect(indexes.length).toBe(10);
  let articles = 0;
  // The MCP endpoint is listed for assistants; it speaks JSON-RPC over POST only (e2e/agents.spec.ts runs a session).
  expect(links(text)).toContain('/mcp');
  expect((await request.get('/mcp')).status()).toBe(405);
  for (const pathname of links(text).filter((p) => p !== '/mcp'))
    expect((await request.get(pathname)).status(), pathname).toBe(200);
  for (const index of indexes) {
    const response = await request.get(index);
    expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    for (const pathname of links(await response.text())) {
      const copy = await request.get(pathname);
      expect(copy.status(), pathname).toBe(200);
      expect(copy.headers()['content-type']).toBe('text/markdown; charset=utf-8');
      articles++;
    }
  }
  expect(articles).toBe(87);
});
