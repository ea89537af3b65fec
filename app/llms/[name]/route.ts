import { LLMS_PAGE_SIZE } from '@/lib/config/site';
import { getLlmsIndexItems, getLlmsIndexPages } from '@/lib/data';
import { llmsIndexPath, MARKDOWN_TYPE, renderLlmsIndex } from '@/lib/seo/markdown-copy';
import { pageCount } from '@/lib/text/pagination';

type Context = { params: Promise<{ name: string }> };

export const dynamicParams = false;

const fileName = (slug: string, page: number) => llmsIndexPath(slug, page).slice('/llms/'.length);

export async function generateStaticParams() {
  return (await getLlmsIndexPages()).map(({ subject, page }) => ({ name: fileName(subject.slug, page) }));
}

export async function GET(_request: Request, { params }: Context) {
  const { name } = await params;
  const file = (await getLlmsIndexPages()).find(({ subject, page }) => fileName(subject.slug, page) === name);
  if (!file) return new Response('Not found\n', { status: 404 });
  const { subject, page } = file;
  const items = await getLlmsIndexItems(subject.slug, page, subject.count);
  return new Response(renderLlmsIndex(subject, items, page, pageCount(subject.count, LLMS_PAGE_SIZE)), {
    headers: { 'Content-Type': MARKDOWN_TYPE },
  });
}
