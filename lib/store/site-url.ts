import fs from 'node:fs';
import { storeDir, storeFiles } from './format';

const byDir = new Map<string, string | undefined>();

/**
 * The base URL the store was built for (its manifest's `siteUrl`), read once per process; undefined
 * without a store or for a store that predates the field. Production requests use it, never the
 * runtime environment, so a page rendered on demand agrees with the sitemap built beside it.
 */
export function storeSiteUrl(dir = storeDir()): string | undefined {
  if (!byDir.has(dir)) {
    let siteUrl: unknown;
    try {
      siteUrl = (JSON.parse(fs.readFileSync(storeFiles(dir).manifest, 'utf8')) as { siteUrl?: unknown }).siteUrl;
    } catch {
      siteUrl = undefined;
    }
    byDir.set(dir, typeof siteUrl === 'string' && siteUrl ? siteUrl : undefined);
  }
  return byDir.get(dir);
}
