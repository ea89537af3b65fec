import { parseArticlePath } from '@/lib/config/paths';

/**
 * The article a get_question `url` names: a path (`/learn/<subject>/questions/<slug>`, `.md` allowed) or a
 * full URL on one of `origins` (the site's own and the one the request came in on). Query and hash are
 * ignored. Undefined for anything else, which the tool reports as invalid params.
 */
export function resolveArticleUrl(input: string, origins: string[]): { subject: string; slug: string } | undefined {
  let url: URL;
  try {
    url = new URL(input, 'http://path.invalid');
  } catch {
    return undefined;
  }
  const relative = url.origin === 'http://path.invalid' && input.startsWith('/') && !input.startsWith('//');
  if (!relative && !origins.includes(url.origin)) return undefined;
  const pathname = url.pathname.replace(/\/$/, '').replace(/\.md$/, '');
  const parts = parseArticlePath(pathname);
  if (!parts) return undefined;
  try {
    return { subject: decodeURIComponent(parts.subject), slug: decodeURIComponent(parts.slug) };
  } catch {
    return undefined;
  }
}
