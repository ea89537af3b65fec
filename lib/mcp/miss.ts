import { feedbackAvailable } from '@/lib/config/feedback';
import { getDb } from '@/lib/db/client';
import { InputError } from '@/lib/feedback/input-error';
import { recordMiss } from '@/lib/feedback/store';
import { parseMiss } from '@/lib/feedback/validate';

/**
 * A search an assistant made that found no answer goes into the writers' report like the search page's,
 * with the same checks and the same per-client limit. A refused or failed write never fails the search.
 */
export async function recordMcpMiss(query: string, client: string): Promise<void> {
  if (!feedbackAvailable()) return;
  try {
    await recordMiss(await getDb(), parseMiss({ query }), client);
  } catch (error) {
    if (!(error instanceof InputError)) console.error('mcp: missed search not recorded:', error);
  }
}
