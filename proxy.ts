import { NextResponse, type NextRequest } from 'next/server';
// Only the store's reader: the proxy must not bundle or load the Markdown pipeline.
import { storeRedirect } from '@/lib/store/redirects';
import { storeHas } from '@/lib/store/urls';
import { isProduction } from '@/lib/config/mode';
import { articlePath, isListingRequest, markdownPath, parseArticlePath, parseArticleRequest } from '@/lib/config/paths';
import { MALFORMED_ADDRESS, METHOD_NOT_ALLOWED, type PlainAnswer } from '@/lib/server/answers';
import { prefersMarkdown } from '@/lib/text/accept';

/**
 * Routes that render on first request (Open Graph images, articles beyond the prerender limit) would
 * cache a 404 for every unknown slug; answering unknown slugs here keeps junk out of the cache.
 * The check is a binary search of the build's URL index, loaded once per process (12 bytes an article).
 */
export function proxy(request: NextRequest) {
  // These routes serve GET and HEAD only (a subject page answered POST with 200). TRACE never gets here:
  // Next cannot build its Request, so the server hooks answer it ahead of Next.
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(METHOD_NOT_ALLOWED);
  const { pathname } = request.nextUrl;
  if (isListingRequest(pathname)) return listing(request);
  const asked = parseArticleRequest(pathname);
  // Subject pages are matched only for the 405 above.
  if (!asked) return NextResponse.next();
  const subject = decode(asked.subject);
  const slug = decode(asked.slug);
  // The server hooks answer these first under next start; this is for hosts that run the proxy alone.
  if (subject === undefined || slug === undefined) return plain(MALFORMED_ADDRESS);
  const url = parseArticlePath(articlePath(subject, slug)) && articlePath(subject, slug);
  // next dev keeps no render cache, and its articles change while it runs: the page's own 404 is enough.
  if (url && (!isProduction() || exists(url))) {
    if (asked.kind === 'image' || asked.kind === 'practice') return NextResponse.next();
    // An agent asking for text/markdown at the page's own URL gets the .md copy; everyone else the page.
    // Its Vary: Accept is the server hooks' (Next replaces a Vary set here) and, on Vercel, vercel.json's.
    if (asked.kind === 'page' && !prefersMarkdown(request.headers.get('accept')))
      return NextResponse.next({
        headers: { Link: `<${markdownPath(pathname)}>; rel="alternate"; type="text/markdown"` },
      });
    const copy = request.nextUrl.clone();
    copy.pathname = `/md/${asked.subject}/${asked.slug}`;
    return NextResponse.rewrite(copy);
  }
  const moved = url && (asked.kind === 'page' || asked.kind === 'markdown') ? redirectOf(url) : undefined;
  if (moved) {
    // A renamed article's old path (redirect_from): 308 keeps the method, and the query string goes along.
    const target = request.nextUrl.clone();
    target.pathname = asked.kind === 'markdown' ? markdownPath(moved) : moved;
    return NextResponse.redirect(target, 308);
  }
  return notFound(request);
}

/** A numbered listing page past those built ahead renders on its first request: only if the build listed it. */
function listing(request: NextRequest) {
  const url = decode(request.nextUrl.pathname);
  if (url === undefined) return plain(MALFORMED_ADDRESS);
  return !isProduction() || exists(url) ? NextResponse.next() : notFound(request);
}

// Servers here start without -H 127.0.0.1: with it, Next 16 proxies this internal rewrite over HTTP
// (vercel/next.js#94745), which fails under load.
function notFound(request: NextRequest) {
  const unknown = request.nextUrl.clone();
  unknown.pathname = '/_unknown';
  return NextResponse.rewrite(unknown, { status: 404 });
}

const plain = ({ status, body, headers }: PlainAnswer) => new NextResponse(body, { status, headers });

/** Fails open: if the store cannot be read here, the page itself still answers 404 for unknown slugs. */
function exists(url: string): boolean {
  try {
    return storeHas(url);
  } catch {
    return true;
  }
}

/** Fails closed: with no readable redirect index, an old path is simply unknown. */
function redirectOf(url: string): string | undefined {
  try {
    return storeRedirect(url);
  } catch {
    return undefined;
  }
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
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
