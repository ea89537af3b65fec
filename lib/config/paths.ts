// The one place the site's addresses are shaped and parsed: an article is /learn/<subject-slug>/questions/<slug>.
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** An article's address; the slugs are lowercase letters and digits joined by single hyphens. */
export const ARTICLE_PATH = new RegExp(`^/learn/(${SLUG})/questions/(${SLUG})$`);
/** Links to articles inside a page, as a CSS selector (the link previews). */
export const ARTICLE_LINK_SELECTOR = 'a[href^="/learn/"][href*="/questions/"]';

export const subjectPath = (subjectSlug: string, page = 1) =>
  page <= 1 ? `/learn/${subjectSlug}` : `/learn/${subjectSlug}/page/${page}`;

export const articlePath = (subjectSlug: string, slug: string) => `/learn/${subjectSlug}/questions/${slug}`;

/** An article's Markdown copy and Open Graph image live beside its address. */
export const markdownPath = (url: string) => `${url}.md`;
export const ogImagePath = (article: { subjectSlug: string; slug: string }) =>
  `/og/${article.subjectSlug}/${article.slug}`;

/** Where an article's practice items are served as JSON (the review page reads them), or undefined for a non-article. */
export function practicePath(url: string): string | undefined {
  const parts = parseArticlePath(url);
  return parts && `/practice/${parts.subject}/${parts.slug}`;
}

/** The subject and slug of an article path, or undefined for any other path. */
export function parseArticlePath(url: string): { subject: string; slug: string } | undefined {
  const [, subject, slug] = ARTICLE_PATH.exec(url) ?? [];
  return subject && slug ? { subject, slug } : undefined;
}

const LISTING_PATH = new RegExp(`^/learn/(${SLUG})/page/([1-9][0-9]{0,5})$`);

/** The subject and page number of a numbered listing page's path (page 2 onwards), or undefined. */
export function parseListingPath(url: string): { subject: string; n: string } | undefined {
  const [, subject, n] = LISTING_PATH.exec(url) ?? [];
  return subject && n && n !== '1' ? { subject, n } : undefined;
}

/** The folder after /learn/ and the rest of any address, however malformed (what a 404 page suggests from). */
export function splitLearnPath(pathname: string): { folder: string; rest: string } | undefined {
  const [, folder = '', rest = ''] = /^\/learn\/([^/]+)(.*)$/i.exec(pathname) ?? [];
  return folder ? { folder, rest } : undefined;
}

export type ArticleRequest = { kind: 'page' | 'markdown' | 'image' | 'practice'; subject: string; slug: string };

const PAGE_REQUEST = /^\/learn\/([^/]+)\/questions\/([^/]+)$/;
const LISTING_REQUEST = /^\/learn\/[^/]+\/page\/[^/]+$/;

/** A subject's numbered listing page, as asked (still percent-encoded); whether it exists is the store's to say. */
export const isListingRequest = (pathname: string) => LISTING_REQUEST.test(pathname);
const ASSET_REQUEST = /^\/(og|practice)\/([^/]+)\/([^/]+)$/;

/**
 * What a raw (still percent-encoded) address asks of one article: its page, its Markdown copy, its image or its
 * practice items,
 * with the segments as written; undefined for any other address. Whether they name an article is the
 * caller's to check, decoded, with parseArticlePath and the store.
 */
export function parseArticleRequest(pathname: string): ArticleRequest | undefined {
  const [, asset, assetSubject, assetSlug] = ASSET_REQUEST.exec(pathname) ?? [];
  if (assetSubject && assetSlug)
    return { kind: asset === 'og' ? 'image' : 'practice', subject: assetSubject, slug: assetSlug };
  const [, subject, page] = PAGE_REQUEST.exec(pathname) ?? [];
  if (!subject || !page) return undefined;
  const slug = page.endsWith('.md') ? page.slice(0, -'.md'.length) : page;
  return { kind: slug === page ? 'page' : 'markdown', subject, slug };
}
