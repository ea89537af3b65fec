import { siteEnv } from '@/lib/config';
import { isProduction } from '@/lib/config/mode';
import { storeSiteUrl } from '@/lib/store/site-url';

export const SITE_NAME = 'QuickTakes';
export const SITE_TAGLINE = 'Clear answers to the questions learners actually ask';
/** The logo: this letter in a rounded square (the header, the Open Graph card; app/icon.svg draws it too). */
export const SITE_MARK = 'Q';
/**
 * Colours code reads (the browser bar, the Open Graph card). The pages' palette is the `--color-brand-*` scale in
 * app/globals.css; keep the two in step when rebranding.
 */
export const SITE_COLORS = {
  paper: '#fbfaf7',
  night: '#14161f',
  brandDark: '#1e2a78',
  brand: '#3446c9',
  brandLight: '#4f63e6',
  brandInk: '#2b3aa8',
};
export const PAGE_SIZE = 30;
/**
 * Numbered listing pages built ahead of time per subject (pages 2 to 10); the rest render on their first request.
 * At 100,000 articles every page built ahead would be 3,300 pages and 40,000 of a deploy's files.
 */
export const PRERENDERED_LISTING_PAGES = 9;
export const RELATED_COUNT = 5;
export const LATEST_COUNT = 8;
export const FEED_SIZE = 50;
/** Articles per subject index file of /llms.txt: about 150 KB, so an assistant can read one whole. */
export const LLMS_PAGE_SIZE = 1000;

/**
 * The one place the public base URL is decided. It is a build output: in production it is the one the
 * content store was compiled with (storeSiteUrl), so a page rendered on demand never
 * takes another from the server's environment; elsewhere (next dev, tools, tests) it is configuredSiteUrl().
 */
export function getSiteUrl(): string {
  return (isProduction() && storeSiteUrl()) || configuredSiteUrl();
}

/** SITE_URL, then Vercel's production host, then localhost: what the build records in the store. */
export function configuredSiteUrl(): string {
  const { SITE_URL: explicit, VERCEL_PROJECT_PRODUCTION_URL: vercel } = siteEnv();
  if (explicit) return explicit.replace(/\/+$/, '');
  if (vercel) return `https://${vercel.replace(/\/+$/, '')}`;
  return 'http://localhost:3000';
}

/**
 * Absolute URL of a site path; the home page has no trailing slash, as Next writes its canonical. `base` for a caller
 * that makes many (a sitemap): reading the environment for each of 100,000 URLs took a second.
 */
export function absoluteUrl(pathname: string, base = getSiteUrl()): string {
  return new URL(pathname, `${base}/`).toString().replace(/\/$/, '');
}
