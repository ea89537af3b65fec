export const subjectPath = (subjectSlug: string, page = 1) =>
  page <= 1 ? `/learn/${subjectSlug}` : `/learn/${subjectSlug}/page/${page}`;

export const articlePath = (subjectSlug: string, slug: string) => `/learn/${subjectSlug}/questions/${slug}`;

/** The subject and slug of an article path, or undefined for any other path. */
export function parseArticlePath(url: string): { subject: string; slug: string } | undefined {
  const [, subject, slug] = /^\/learn\/([^/]+)\/questions\/([^/]+)$/.exec(url) ?? [];
  return subject && slug ? { subject, slug } : undefined;
}
