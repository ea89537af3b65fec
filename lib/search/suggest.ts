import { splitLearnPath } from '@/lib/config/paths';
import type { SearchHit, SearchOptions, SearchOutcome } from './engine';

type Search = (query: string, options?: SearchOptions) => Promise<SearchOutcome>;

/** Suggestions from other subjects keep at most this many places when the address's subject has enough. */
const OTHER_SUBJECTS = 2;

/**
 * Words of a missing address: /learn/biology/questions/what-is-osmsis -> subject "biology", words "what is osmsis".
 * `subject` holds the words of the folder after /learn/, which may or may not be a subject.
 */
export function addressWords(pathname: string): { subject: string; words: string } {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {}
  const wordsOf = (text: string) =>
    (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !['learn', 'questions', 'page'].includes(w));
  const { folder, rest } = splitLearnPath(decoded) ?? { folder: '', rest: decoded };
  return { subject: wordsOf(folder).join(' '), words: wordsOf(rest).slice(-12).join(' ') };
}

/**
 * What the 404 page suggests. Under a subject's address (/learn/biology/...), that subject comes first: its
 * questions matching the address, then its own newest questions; matches in other subjects follow.
 */
export async function suggestForAddress(search: Search, pathname: string, limit = 5): Promise<SearchHit[]> {
  const { subject, words } = addressWords(pathname);
  // A query that is a subject's name alone lists that subject's questions and names it as the index spells it.
  const own = subject ? await search(subject, { limit }) : undefined;
  const name = own?.subject;
  if (!own || !name) {
    const all = [subject, words].filter(Boolean).join(' ');
    // Any word may match: the address is a guess, often with a typo in one word.
    return all ? (await search(all, { limit, loose: true })).hits : [];
  }
  if (!words) return own.hits;
  const [inSubject, anywhere] = await Promise.all([
    search(words, { subject: name, limit, loose: true }),
    search(words, { limit, loose: true }),
  ]);
  // The subject's matches, then its newest questions: a few weak full-text matches never leave it a minority.
  const seen = new Set<string>();
  const first = [...inSubject.hits, ...own.hits].filter((hit) => !seen.has(hit.url) && seen.add(hit.url));
  const others = anywhere.hits.filter((hit) => hit.subject !== name);
  return [...first.slice(0, limit - Math.min(OTHER_SUBJECTS, others.length)), ...others].slice(0, limit);
}
