import { isProduction } from '@/lib/config/mode';
import { parseArticlePath } from '@/lib/config/paths';
import { storeHas } from '@/lib/store/urls';
import { InputError } from './input-error';

/**
 * Whether the url is an article, from the compiled store's URL index (never the Markdown). next dev
 * runs without a compiled store: there the address's shape is the check.
 */
export function isArticle(url: string): boolean {
  if (!parseArticlePath(url)) return false;
  try {
    return storeHas(url);
  } catch (error) {
    if (!isProduction()) return true;
    // The reason names the server's folders: it goes to the log, and the caller hears what is missing.
    console.error('feedback: the URL index cannot be read:', error);
    throw new InputError(503, "the site's list of articles is missing from this deployment; try again later");
  }
}
