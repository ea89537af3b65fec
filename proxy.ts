import { NextResponse, type NextRequest } from 'next/server';
// Only the store's reader: the proxy must not bundle or load the Markdown pipeline.
import { storeHas } from '@/lib/content/store/urls';
import { articlePath } from '@/lib/paths';

/**
 * Routes that render on first request (Open Graph images, articles beyond the prerender limit) would
 * cache a 404 for every unknown slug; answering unknown slugs here keeps junk out of the cache.
 * The check is a binary search of the build's URL index, loaded once per process (8 bytes an article).
 */
export function proxy(request: NextRequest) {
  // next dev keeps no render cache, and its articles change while it runs: the page's own 404 is enough.
  // The one env read outside lib/config.ts: Next inlines NODE_ENV here, and lib/config would bundle zod into the proxy.
  if (process.env.NODE_ENV !== 'production') return NextResponse.next();
  const parts = request.nextUrl.pathname.split('/');
  const [subject, slug] = parts[1] === 'og' ? [parts[2], parts[3]] : [parts[2], parts[4]];
  if (subject && slug && exists(safeDecode(subject), safeDecode(slug))) return NextResponse.next();
  // Servers here start without -H 127.0.0.1: with it, Next 16 proxies this internal rewrite over HTTP
  // (vercel/next.js#94745), which fails under load.
  const notFound = request.nextUrl.clone();
  notFound.pathname = '/_unknown';
  return NextResponse.rewrite(notFound, { status: 404 });
}

/** Fails open: if the store cannot be read here, the page itself still answers 404 for unknown slugs. */
function exists(subject: string, slug: string): boolean {
  try {
    return storeHas(articlePath(subject, slug));
  } catch {
    return true;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

export const config = { matcher: ['/og/:subject/:slug', '/learn/:subject/questions/:slug'] };
