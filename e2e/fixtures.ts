import { test as base } from '@playwright/test';
import { ArticlePage } from './pages/article-page';

export { expect } from '@playwright/test';

/** Playwright's test with an `article` page object over the test's page. */
export const test = base.extend<{ article: ArticlePage }>({
  article: async ({ page }, provide) => provide(new ArticlePage(page)),
});

export const SEED_URL =
  '/learn/business-and-management/questions/how-does-operations-management-contribute-to-organizational-efficiency';

export const SEED_RELATED = [
  '/learn/business-and-management/questions/what-are-some-common-planning-techniques-and-tools-used-by-managers',
  '/learn/business-and-management/questions/how-do-goals-differ-from-objectives-in-a-business-context',
  '/learn/business-and-management/questions/how-does-organizational-design-impact-the-structure-of-an-organization',
  '/learn/business-and-management/questions/can-you-explain-some-contemporary-decisionmaking-models',
  '/learn/business-and-management/questions/what-are-the-key-elements-of-organizational-structure',
];

/** Addresses with a malformed percent-escape, one on every kind of route: each must answer 400, never 500. */
export const MALFORMED_PATHS = [
  '/learn/biology/page/%E0%A4%A',
  '/md/%E0%A4%A/x',
  '/llms/%E0%A4%A',
  '/sitemaps/%E0%A4%A',
  '/md/biology/%C0%AF',
  '/learn/%E0%A4%A',
  `${SEED_URL}%E0%A4%A`,
  '/og/biology/%C0%AF',
  '/%E0%A4%A',
  '/_next/static/%E0%A4%A',
  '/learn/%C0%AF',
  '/learn/biology/questions/%E0%A4%A',
  '/og/biology/%E0%A4%A',
  '/search/%E0%A4%A',
  '/api/feedback/%E0%A4%A',
];
