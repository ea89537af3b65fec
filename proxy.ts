import { NextResponse, type NextRequest } from 'next/server';
// Only the store's reader: the proxy must not bundle or load the Markdown pipeline.
import { storeRedirect } from '@/lib/store/redirects';
import { storeHas } from '@/lib/store/urls';
import { articlePath } from '@/lib/config/paths';
import { prefersMarkdown } from '@/lib/text/accept';

/**
 * Routes that render on first request (Open Graph images, articles beyond the prerender limit) would
 * cache a 404 for every unknown slug; answering unknown slugs here keeps junk out of the cache.
 * The check is a binary search of the build's URL index, loaded once per process (8 bytes an article).
 */
export function proxy(request: NextRequest) {
  // These routes serve GET and HEAD only (a subject page answered POST with 200). TRACE never gets here:
  // Next cannot build its Request, so lib/forbidden-methods.ts answers it ahead of Next.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse('Method Not Allowed\n', {
      status: 405,
      headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const parts = request.nextUrl.pathname.split('/');
  // Subject pages are matched only for the 405 above.
  if (parts[1] === 'learn' && parts[3] !== 'questions') return NextResponse.next();
  // What an article has beside its page: its Open Graph image and its practice items (/og/…, /practice/…).
  const asset = parts[1] === 'og' || parts[1] === 'practice';
  const [subject, page] = asset ? [parts[2], parts[3]] : [parts[2], parts[4]];
  // `<article>.md` is the article's Markdown copy, served by app/md after the same check.
  const markdown = !asset && page?.endsWith('.md');
  const slug = markdown ? page?.slice(0, -'.md'.length) : page;
  // next dev keeps no render cache, and its articles change while it runs: the page's own 404 is enough.
  // The one env read outside lib/config.ts: Next inlines NODE_ENV here, and lib/config would bundle zod into the proxy.
  const dev = process.env.NODE_ENV !== 'production';
  if (subject && slug && (dev || exists(safeDecode(subject), safeDecode(slug)))) {
    if (asset) return NextResponse.next();
    // An agent asking for text/markdown at the page's own URL gets the .md copy; everyone else the page.
    const negotiated = !markdown && prefersMarkdown(request.headers.get('accept'));
    if (!markdown && !negotiated) return NextResponse.next({ headers: articleHeaders(request.nextUrl.pathname) });
    const copy = request.nextUrl.clone();
    copy.pathname = `/md/${subject}/${slug}`;
    return NextResponse.rewrite(copy, negotiated ? { headers: { Vary: 'Accept' } } : undefined);
  }
  const moved = !asset && subject && slug ? redirectOf(safeDecode(subject), safeDecode(slug)) : undefined;
  if (moved) {
    // A renamed article's old path (redirect_from): 308 keeps the method, and the query string goes along.
    const target = request.nextUrl.clone();
    target.pathname = markdown ? `${moved}.md` : moved;
    return NextResponse.redirect(target, 308);
  }
  // Servers here start without -H 127.0.0.1: with it, Next 16 proxies this internal rewrite over HTTP
  // (vercel/next.js#94745), which fails under load.
  const notFound = request.nextUrl.clone();
  notFound.pathname = '/_unknown';
  return NextResponse.rewrite(notFound, { status: 404 });
}

/**
 * The page's URL answers HTML or Markdown by Accept; caches must key on it, and agents can find the copy.
 * Next replaces this Vary with its own on prerendered pages, so vercel.json sets it at the CDN too.
 */
const articleHeaders = (pathname: string) => ({
  Vary: 'Accept',
  Link: `<${pathname}.md>; rel="alternate"; type="text/markdown"`,
});

/** Fails open: if the store cannot be read here, the page itself still answers 404 for unknown slugs. */
function exists(subject: string, slug: string): boolean {
  try {
    return storeHas(articlePath(subject, slug));
  } catch {
    return true;
  }
}

/** Fails closed: with no readable redirect index, an old path is simply unknown. */
function redirectOf(subject: string, slug: string): string | undefined {
  try {
    return storeRedirect(articlePath(subject, slug));
  } catch {
    return undefined;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

export const config = {
  matcher: [
    '/og/:subject/:slug',
    '/practice/:subject/:slug',
    '/learn/:subject/questions/:slug',
    '/learn/:subject',
    '/learn/:subject/page/:n',
  ],
};
