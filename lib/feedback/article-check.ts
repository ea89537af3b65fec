import { storeHas } from '@/lib/store/urls';
import { InputError } from './input-error';

const ARTICLE = /^\/learn\/[^/?#]+\/questions\/[^/?#]+$/;

/**
 * Whether the url is an article, from the compiled store's URL index (never the Markdown). next dev
 * runs without a compiled store: there the address's shape is the check.
 */
export function isArticle(url: string): boolean {
  if (!ARTICLE.test(url)) return false;
  try {
    return storeHas(url);
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') return true;
    throw new InputError(503, `the content store cannot be read: ${(error as Error).message}`);
  }
}
