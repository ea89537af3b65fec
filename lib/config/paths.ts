// The one place the site's addresses are shaped and parsed: an article is /learn/<subject-slug>/questions/<slug>.
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** An article's address; the slugs are lowercase letters and digits joined by single hyphens. */
export const ARTICLE_PATH = new RegExp(`^/learn/(${SLUG})/questions/(${SLUG})$`);
/** Links to articles inside a page, as a CSS selector (the link previews). */
export const ARTICLE_LINK_SELECTOR = 'a[href^="/learn/"][href*="/questions/"]';

export const subjectPath = (subjectSlug: string, page = 1) =>
  page <= 1 ? `/learn/${subjectSlug}` : `/learn/${subjectSlug}/page/${page}`;

export const articlePath = (subjectSlug: string, slug: string) => `/learn/${subjectSlug}/questions/${slug}`;

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

/** The folder after /learn/ and the rest of any address, however malformed (what a 404 page suggests from). */
export function splitLearnPath(pathname: string): { folder: string; rest: string } | undefined {
  const [, folder = '', rest = ''] = /^\/learn\/([^/]+)(.*)$/i.exec(pathname) ?? [];
  return folder ? { folder, rest } : undefined;
}
