import { getLatestArticles } from '@/lib/content';
import { FEED_SIZE, renderFeed } from '@/lib/feed';

export const dynamic = 'force-static';

export function GET() {
  return new Response(renderFeed(getLatestArticles(FEED_SIZE)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
