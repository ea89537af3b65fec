import { expect, SEED_URL, test } from './fixtures';

test('searching "operations management" lists the seed article first', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('search', { name: 'Site' }).getByRole('combobox', { name: 'Search questions' });
  await field.fill('operations management');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=operations\+management/);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(results.first().getByRole('link')).toHaveAttribute('href', SEED_URL);
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('for “operations management”');
});

test('a subject filter narrows the results', async ({ page }) => {
  await page.goto('/search?q=energy');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const all = await results.count();
  const select = page.getByLabel('Subject', { exact: true });
  const label = await select.locator('option[value="Physics"]').textContent();
  await select.selectOption('Physics');
  await expect(page).toHaveURL(/subject=Physics/);
  await expect(page.getByRole('status')).toContainText('in Physics');
  const narrowed = await results.count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  expect(label).toBe(`Physics (${narrowed})`);
  for (const text of await results.locator('p').first().allTextContents()) expect(text).toBe('Physics');
});

test('a query with no match shows the empty state with subjects', async ({ page }) => {
  await page.goto('/search?q=zzqxjv');
  await expect(page.getByRole('heading', { name: 'No answer about “zzqxjv” yet' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Biology' })).toBeVisible();
});

test('keyboard only: type, arrow to a result, Enter opens it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard use is a desktop journey');
  await page.goto('/search');
  const field = page.getByRole('main').getByRole('searchbox');
  for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('photosynthesis');
  await page.keyboard.press('Enter');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/photosynthesis/i);
});

test('an article page loads no search code and no index until the field gets focus', async ({ page }) => {
  const index: string[] = [];
  const engine: string[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (url.includes('/search-index/')) index.push(url);
    else if (url.endsWith('.js') && (await response.text().catch(() => '')).includes('/search-index')) engine.push(url);
  });
  await page.goto(SEED_URL);
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  expect(index).toEqual([]);
  expect(engine).toEqual([]);
  const field = page.getByRole('combobox', { name: 'Search questions' });
  await field.focus();
  await expect.poll(() => engine.length).toBeGreaterThan(0);
  expect(index).toEqual([]);
  await field.fill('cells');
  await expect(page.getByRole('listbox', { name: 'Top results' }).getByRole('option').first()).toBeVisible();
  expect(index.some((url) => url.endsWith('/search-index/manifest.json'))).toBe(true);
});

test('more results load on request, and focus moves to the first new one', async ({ page }) => {
  // A query naming a subject lists the whole subject: more than one page.
  await page.goto('/search?q=business+and+management');
  const status = page.getByRole('status');
  await expect(status).toContainText('answers for “business and management”');
  const total = Number((await status.textContent())?.match(/(\d+) answers/)?.[1]);
  expect(total).toBeGreaterThan(20);
  const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links).toHaveCount(20);
  await page.getByRole('button', { name: `Show more answers (20 of ${total})` }).click();
  await expect(links).toHaveCount(Math.min(40, total));
  await expect(links.nth(20)).toBeFocused();
});

test('the 404 page suggests articles matching the missing address', async ({ page }) => {
  const response = await page.goto('/learn/biology/questions/how-does-osmosis-work-in-cells');
  expect(response?.status()).toBe(404);
  const suggestions = page.getByRole('region', { name: 'Were you looking for one of these?' });
  await expect(suggestions.getByRole('link').first()).toBeVisible();
  await expect(suggestions).toContainText(/osmosis/i);
});

test('the index manifest is revalidated, its versioned files are cached for good and read by range', async ({
  request,
}) => {
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /search-index/');
  const manifest = await request.get('/search-index/manifest.json');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['cache-control']).not.toContain('immutable');
  const { version, shards } = (await manifest.json()) as { version: string; shards: number };
  expect(shards).toBeGreaterThan(0);
  const shard = await request.get(`/search-index/${version}/t/0.bin`);
  expect(shard.status()).toBe(200);
  expect(shard.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get(`/search-index/${version}/t/${shards}.bin`)).status()).toBe(404);
  // A result reads two byte ranges of its pack: the server must answer a Range with just those bytes.
  const header = await request.get(`/search-index/${version}/d/0.bin`, { headers: { Range: 'bytes=0-7' } });
  expect(header.status()).toBe(206);
  expect((await header.body()).length).toBe(8);
});

test('a subject with no match points to the matches in other subjects', async ({ page }) => {
  await page.goto('/search?q=photosynthesis&subject=Physics');
  await expect(page.getByRole('heading', { name: 'No answers matched “photosynthesis” in Physics' })).toBeVisible();
  const link = page.getByRole('link', { name: /^See \d+ answers? in all subjects$/ });
  const count = Number((await link.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/search\?q=photosynthesis$/);
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(count);
});

// Chromium with JavaScript switched off still parses <noscript> as inert, so the HTML itself is checked.
test('without JavaScript the search page says so and offers the subjects', async ({ request }) => {
  const html = await (await request.get('/search?q=energy')).text();
  const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
  expect(noscript).toContain('Search runs in your browser and needs JavaScript.');
  expect(noscript).toMatch(/<a href="\/learn"[^>]*>Browse the subjects<\/a>/);
});

test('a misspelled query finds its article and says what it searched for', async ({ page }) => {
  await page.goto('/search?q=photosynthisis');
  await expect(page.getByText('Showing results for photosynthesis.')).toBeVisible();
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(first).toHaveAttribute('href', '/learn/biology/questions/what-are-the-main-stages-of-photosynthesis');
  await page.getByRole('link', { name: 'Search instead for “photosynthisis”' }).click();
  await expect(page).toHaveURL(/\/search\?q=photosynthisis&exact=1$/);
  await expect(page.getByText('Showing results for')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No answer about “photosynthisis” yet' })).toBeVisible();
});

test('when no article has every word, the ones with the most words show as partial matches', async ({ page }) => {
  await page.goto('/search?q=photosynthesis+chloroplast+zzqxjv');
  await expect(page.getByRole('status')).toContainText(
    /\d+ partial match(es)? for “photosynthesis chloroplast zzqxjv”/,
  );
  const shown = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
  const these = shown === 1 ? 'This partial match has' : 'These partial matches have';
  await expect(page.getByText(`No answer about “zzqxjv” yet. ${these} some of your other words.`)).toBeVisible();
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveAttribute(
    'href',
    '/learn/biology/questions/what-are-the-main-stages-of-photosynthesis',
  );
  await expect(first).toContainText('Partial match · missing: zzqxjv');
});

test('submitting the same query again reruns it after a failure', async ({ page }) => {
  await page.route('**/search-index/**', (route) => route.abort());
  await page.goto('/search?q=osmosis');
  await expect(page.getByRole('status')).toHaveText('Search is unavailable right now.');
  await page.unroute('**/search-index/**');
  await page.getByRole('main').getByRole('searchbox').press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /osmosis/,
  );
});

test('a failed "Show more" keeps the results already shown', async ({ page }) => {
  await page.goto('/search?q=business+and+management');
  const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(links).toHaveCount(20);
  await page.route('**/search-index/*/d/**', (route) => route.abort());
  await page.getByRole('button', { name: /^Show more answers/ }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('More answers could not load. Try again.');
  await expect(links).toHaveCount(20);
});

test('a redeployed index still answers: a file of the old version that is gone reloads the manifest', async ({
  page,
}) => {
  const old = ((await (await page.request.get('/search-index/manifest.json')).json()) as { version: string }).version;
  const next = 'f'.repeat(12) === old ? 'e'.repeat(12) : 'f'.repeat(12);
  await page.goto('/search?q=energy');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  // The deploy: the manifest names a new version, the old folder is gone, its files live under the new name.
  const seen: string[] = [];
  await page.route('**/search-index/**', async (route) => {
    const url = new URL(route.request().url());
    seen.push(url.pathname);
    if (url.pathname.endsWith('/manifest.json')) {
      const manifest = await (await route.fetch()).json();
      return route.fulfill({ json: { ...manifest, version: next } });
    }
    if (url.pathname.includes(`/${old}/`)) return route.fulfill({ status: 404, body: 'gone' });
    return route.fulfill({ response: await route.fetch({ url: url.href.replace(`/${next}/`, `/${old}/`) }) });
  });
  const field = page.getByRole('main').getByRole('searchbox');
  await field.fill('photosynthesis');
  await field.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
    'href',
    /photosynthesis/,
  );
  await expect(page.getByRole('status')).not.toContainText('unavailable');
  expect(seen.some((path) => path.includes(`/${old}/`))).toBe(true);
  expect(seen.some((path) => path.includes(`/${next}/`))).toBe(true);
});

test('words run together or split apart find the article that writes them the other way', async ({ page }) => {
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await page.goto('/search?q=balancesheet');
  await expect(results.first().getByRole('link')).toHaveAttribute(
    'href',
    '/learn/business-and-management/questions/what-is-a-balance-sheet-and-what-does-it-show',
  );
  await expect(results.first().locator('mark').first()).toHaveText(/balance|sheet/i);
  await page.goto('/search?q=photo+synthesis');
  await expect(results.first().getByRole('link')).toHaveAttribute(
    'href',
    '/learn/biology/questions/what-are-the-main-stages-of-photosynthesis',
  );
  await expect(page.getByText('Showing results for')).toHaveCount(0);
});

test('a word from the end of an answer finds its article, shown with the opening of its prose', async ({ page }) => {
  await page.goto('/search?q=refrigerator');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/learn/physics/questions/what-is-entropy-in-physics');
  await expect(first.locator('p').nth(1)).toContainText(/^Entropy /);
});

test('snippets read as prose: formulas as text, no TeX and no run-on table cells', async ({ page }) => {
  await page.goto('/search?q=logarithm+base');
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first.getByRole('link')).toHaveAttribute(
    'href',
    '/learn/mathematics/questions/what-is-a-logarithm-and-how-does-it-work',
  );
  const snippet = first.locator('p').nth(1);
  await expect(snippet).toContainText('log_b x = y');
  await expect(snippet).not.toContainText('$');
  await page.goto('/search?q=buffer+solutions+ph');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).not.toContainText(
    'Lemon juice 2 Black coffee',
  );
});

test('a real English word the site never uses is kept as typed: no correction, the no-answer state', async ({
  page,
}) => {
  await page.goto('/search?q=trampoline');
  await expect(page.getByRole('heading', { name: 'No answer about “trampoline” yet' })).toBeVisible();
  await expect(page.getByText('Showing results for')).toHaveCount(0);
  await page.goto('/search?q=photosynthesis+trampoline');
  await expect(
    page.getByText(
      /^No answer about “trampoline” yet\. (This partial match has|These partial matches have) some of your other words\.$/,
    ),
  ).toBeVisible();
  const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  await expect(first).toContainText('Partial match · missing: trampoline');
});

test('a search the learner typed that finds nothing sends one miss; a link to the same search sends none', async ({
  page,
}) => {
  const misses: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/search-miss')) misses.push(r.postData() ?? '');
  });
  // Followed from a link (anyone can write one): shown, never reported, even after a change of subject.
  await page.goto('/search?q=zzxqvw%20jjkqpt');
  await expect(page.getByRole('heading', { name: 'No answer about “zzxqvw” and “jjkqpt” yet' })).toBeVisible();
  await page.getByLabel('Subject', { exact: true }).selectOption('Physics');
  await expect(page).toHaveURL(/subject=Physics/);
  await expect(page.getByRole('heading', { name: 'No answer about “zzxqvw” and “jjkqpt” yet' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(misses).toEqual([]);
  // Typed on the page: reported once, and the same query submitted again reruns it without a second miss.
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/search-miss'));
  await page.getByRole('main').getByRole('searchbox').fill('qqvxzk wwjxp');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { name: 'No answer about “qqvxzk” and “wwjxp” yet' })).toBeVisible();
  expect((await answered).status()).toBe(204);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForTimeout(1000);
  expect(misses).toEqual([JSON.stringify({ query: 'qqvxzk wwjxp' })]);
  await page.goto('/search?q=osmosis');
  await expect(page.locator('ol a').first()).toBeVisible();
  await page.waitForTimeout(1000);
  expect(misses).toHaveLength(1);
});

test('a search typed in the header that finds nothing is reported once from the search page', async ({ page }) => {
  const misses: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/search-miss')) misses.push(r.postData() ?? '');
  });
  await page.goto('/learn');
  const field = page.getByRole('search', { name: 'Site' }).getByRole('combobox', { name: 'Search questions' });
  await field.fill('vvqzkx');
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/search-miss'));
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: 'No answer about “vvqzkx” yet' })).toBeVisible();
  expect((await answered).status()).toBe(204);
  expect(misses).toEqual([JSON.stringify({ query: 'vvqzkx' })]);
  // Reloading the same address is a link visit, not a search typed again.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No answer about “vvqzkx” yet' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(misses).toHaveLength(1);
});
