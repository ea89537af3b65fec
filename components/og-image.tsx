import { ImageResponse } from 'next/og';
import { OG_SIZE } from '@/lib/seo/metadata';
import { toCardText } from '@/lib/seo/og-text';
import { OgCard, OgFallbackCard } from './og-card';

export const OG_QUESTION_LENGTH = 120;
const OG_SUBJECT_LENGTH = 40;

async function render(card: React.ReactElement): Promise<Response> {
  const image = new ImageResponse(card, OG_SIZE);
  // Rendering runs while the body streams; reading it here turns a render error into an exception.
  const body = await image.arrayBuffer();
  return new Response(body, { status: 200, headers: image.headers });
}

/**
 * The article's share image as a PNG response. It never touches the network (the text keeps only
 * glyphs of the bundled font), stays cheap for any question length, and a render error gives a plain
 * fallback card instead of a 500.
 */
export async function renderOgImage(question: string, subject: string): Promise<Response> {
  const text = toCardText(question, OG_QUESTION_LENGTH) || 'Questions and clear answers';
  try {
    return await render(<OgCard question={text} subject={toCardText(subject, OG_SUBJECT_LENGTH)} />);
  } catch (error) {
    console.error(`og: fell back to the plain card (${error instanceof Error ? error.message : 'error'})`);
    return render(<OgFallbackCard />);
  }
}
