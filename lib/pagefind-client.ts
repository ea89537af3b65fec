/** The browser side of Pagefind, loaded on demand from /pagefind (never bundled). */
export type PagefindResultData = { url: string; excerpt: string; meta: { title?: string; subject?: string } };
type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
};

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  if (!loading) {
    const url = '/pagefind/pagefind.js';
    loading = import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 28 });
      return module;
    });
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

export async function searchArticles(query: string, subject?: string, limit = 20): Promise<PagefindResultData[]> {
  const pagefind = await loadPagefind();
  const search = await pagefind.search(query, subject ? { filters: { subject } } : undefined);
  return Promise.all((search?.results ?? []).slice(0, limit).map((result) => result.data()));
}

const STOPWORDS = new Set('a an and are as at be by can do does for from how in is it of on or the to what when where which who why with'.split(' '));

/** Pagefind matches all words; for a loose guess (the 404 page) each word is searched and scores are summed. */
export async function suggestArticles(words: string, limit = 5): Promise<PagefindResultData[]> {
  const pagefind = await loadPagefind();
  const terms = [...new Set(words.split(/\s+/).filter((w) => w.length > 2 && !STOPWORDS.has(w)))].slice(0, 8);
  const scores = new Map<string, { score: number; result: PagefindResult }>();
  for (const search of await Promise.all(terms.map((term) => pagefind.search(term)))) {
    for (const result of search?.results ?? []) {
      const entry = scores.get(result.id);
      scores.set(result.id, { score: (entry?.score ?? 0) + result.score, result });
    }
  }
  const best = [...scores.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  return Promise.all(best.map(({ result }) => result.data()));
}

/** Splits a Pagefind excerpt into plain text and highlighted parts, so no HTML is inserted. */
export function splitExcerpt(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (text: string) =>
    text
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#0?39;/g, "'")
      .replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => ({ text: decode(part), mark: part.startsWith('<mark>') }));
}
