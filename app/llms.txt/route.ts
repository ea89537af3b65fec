import { getSubjects } from '@/lib/content';
import { renderLlmsTxt } from '@/lib/markdown-copy';

export const dynamic = 'force-static';

export function GET() {
  return new Response(renderLlmsTxt(getSubjects()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
