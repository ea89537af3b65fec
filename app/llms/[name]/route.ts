import { getLibrary } from '@/lib/content';
import { LLMS_PAGE_SIZE, llmsIndexPath, MARKDOWN_TYPE, renderLlmsIndex } from '@/lib/markdown-copy';

type Context = { params: Promise<{ name: string }> };

export const dynamicParams = false;

/** Every subject's index files: `<subject>.md`, then `<subject>.2.md` and on past LLMS_PAGE_SIZE questions. */
function indexFiles() {
  const library = getLibrary();
  return library.subjects.flatMap((subject) => {
    const list = library.bySubject.get(subject.slug) ?? [];
    const pageCount = Math.max(1, Math.ceil(list.length / LLMS_PAGE_SIZE));
    return Array.from({ length: pageCount }, (_, i) => ({
      name: llmsIndexPath(subject.slug, i + 1).slice('/llms/'.length),
      render: () =>
        renderLlmsIndex(subject, list.slice(i * LLMS_PAGE_SIZE, (i + 1) * LLMS_PAGE_SIZE), i + 1, pageCount),
    }));
  });
}

export function generateStaticParams() {
  return indexFiles().map(({ name }) => ({ name }));
}

export async function GET(_request: Request, { params }: Context) {
  const { name } = await params;
  const file = indexFiles().find((f) => f.name === name);
  if (!file) return new Response('Not found\n', { status: 404 });
  return new Response(file.render(), { headers: { 'Content-Type': MARKDOWN_TYPE } });
}
