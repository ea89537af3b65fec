import { FEED_SIZE } from '@/lib/config/site';
import { getData } from '@/lib/data';
import { renderFeed } from '@/lib/seo/feed';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(renderFeed((await getData()).latest(FEED_SIZE)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
