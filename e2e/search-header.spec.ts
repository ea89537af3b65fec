import { expect, test } from './fixtures';

const PHOTOSYNTHESIS = '/learn/biology/questions/what-are-the-main-stages-of-photosynthesis';

test.describe('header instant results, keyboard alone', () => {
  test.skip(({ isMobile }) => isMobile, 'keyboard use is a desktop journey');

  test('"/" focuses the field; arrows choose a result; Escape closes; Enter opens the chosen one', async ({ page }) => {
    await page.goto('/learn');
    const field = page.getByRole('combobox', { name: 'Search questions' });
    // Before the header's island hydrates, "/" lands on the page and does nothing: press again until it is heard.
    await expect(async () => {
      await page.keyboard.press('/');
      await expect(field).toBeFocused({ timeout: 500 });
    }).toPass();
    await page.keyboard.type('photosynth');
    const listbox = page.getByRole('listbox', { name: 'Top results' });
    const options = listbox.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await expect(field).toHaveAttribute('aria-controls', (await listbox.getAttribute('id')) ?? '');
    await expect(options.first()).toContainText(/photosynthesis/i);

    await page.keyboard.press('ArrowDown');
    const first = options.first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(field).toHaveAttribute('aria-expanded', 'false');
    await expect(field).not.toHaveAttribute('aria-activedescendant');
    await expect(field).toHaveValue('photosynth');

    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(PHOTOSYNTHESIS);
  });

  test('Ctrl+K focuses the field, and Enter with nothing chosen goes to the search page', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('combobox', { name: 'Search questions' });
    await expect(async () => {
      await page.keyboard.press('Control+k');
      await expect(field).toBeFocused({ timeout: 500 });
    }).toPass();
    await page.keyboard.type('osmosis');
    await expect(page.getByRole('listbox', { name: 'Top results' }).getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=osmosis$/);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
      'href',
      /osmosis/,
    );
  });

  test('Escape on a closed list clears the field; "/" typed into a field stays text', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('combobox', { name: 'Search questions' });
    await field.focus();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(field).toHaveValue('');
  });
});

test('tapping a result in the list opens it', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('combobox', { name: 'Search questions' });
  await field.click();
  await field.fill('photosynthesis');
  const option = page.getByRole('listbox', { name: 'Top results' }).getByRole('option').first();
  await expect(option).toContainText(/photosynthesis/i);
  await option.click();
  await expect(page).toHaveURL(PHOTOSYNTHESIS);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header field is a plain GET form to the search page', async ({ page }) => {
    await page.goto('/learn');
    const field = page.getByRole('search', { name: 'Site' }).getByRole('combobox', { name: 'Search questions' });
    await field.fill('osmosis');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=osmosis$/);
  });
});
