import type { Locator, Page } from '@playwright/test';

/** An article page as a learner sees it: the parts the specs read and the controls they use. */
export class ArticlePage {
  readonly heading: Locator;
  readonly answer: Locator;
  readonly byline: Locator;
  readonly breadcrumb: Locator;
  readonly related: Locator;
  readonly backlinks: Locator;
  readonly copyLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.answer = page.locator('article .prose');
    this.byline = page.locator('article header p').filter({ hasText: 'min read' });
    this.breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    this.related = page.getByRole('region', { name: 'Related questions' });
    this.backlinks = page.getByRole('region', { name: 'Questions that link here' });
    this.copyLink = page.getByRole('button', { name: 'Copy link' });
  }

  /** Opens the article at `url`; the response, for its status and headers. */
  goto(url: string) {
    return this.page.goto(url);
  }

  /** The "More in <subject>" list, by the subject's name, or the first one on the page. */
  moreIn(subject?: string): Locator {
    return this.page.getByRole('region', { name: subject ? `More in ${subject}` : /^More in / });
  }
}
