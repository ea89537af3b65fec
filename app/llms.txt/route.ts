import { getSubjects } from '@/lib/data';
import { renderLlmsTxt } from '@/lib/seo/markdown-copy';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(renderLlmsTxt(await getSubjects()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
