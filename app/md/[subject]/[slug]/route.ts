import { absoluteUrl } from '@/lib/config/site';
import { getArticleMarkdown } from '@/lib/data';
import { MARKDOWN_TYPE, renderMarkdownCopy } from '@/lib/seo/markdown-copy';

type Context = { params: Promise<{ subject: string; slug: string }> };

/**
 * The Markdown copy of an article, served at /learn/<subject>/questions/<slug>.md: proxy.ts rewrites that
 * address here after checking the store's URL index. It reads one Markdown shard of the store, never content/.
 */
export async function GET(_request: Request, { params }: Context) {
  const { subject, slug } = await params;
  const record = await getArticleMarkdown(subject, slug);
  if (!record)
    return new Response('Not found\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  return new Response(renderMarkdownCopy(record), {
    headers: {
      'Content-Type': MARKDOWN_TYPE,
      Link: `<${absoluteUrl(record.url)}>; rel="canonical"`,
      'Cache-Control': 'public, max-age=3600, s-maxage=86400',
    },
  });
}
