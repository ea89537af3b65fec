// Build time: what each article gives the index, a batch at a time, so that worker threads can share the work.
import type { DocRecord } from '@/lib/search/doc-pack';
import { compounds, words } from '@/lib/search/text';
import { slugify } from '@/lib/text/slug';
import { toPlainText } from '@/pipeline/markdown/plain';
import { snippetText } from './snippet';
import { dictionaryWords, scoreTerms, synonymStems, type TermSource } from './terms';
import { loadWordNet } from './wordnet';

/** The fields of an article the index reads. */
export type SearchDoc = TermSource & { slug: string; answerMarkdown: string };

export type AnalysisBatch = { docs: SearchDoc[]; averageLength: number; expand: boolean };

/**
 * A batch's contribution, compact enough to pass between threads: its terms, and (term, document, score)
 * triples by document then term, in the order one pass over the documents would meet them; the dictionary
 * words with the number of documents holding each, in first-met order; and each document's record.
 */
export type BatchAnalysis = {
  terms: string[];
  postings: Int32Array;
  words: string[];
  wordDocs: Int32Array;
  records: DocRecord[];
};

/** The plain-text length of each answer: BM25 needs the library's average before any score. */
export const answerLengths = (docs: readonly SearchDoc[]) => docs.map((doc) => toPlainText(doc.answerMarkdown).length);

let synonyms: ((word: string) => string[]) | undefined;

export function analyzeBatch({ docs, averageLength, expand }: AnalysisBatch): BatchAnalysis {
  const termIds = new Map<string, number>();
  let triples: Int32Array = new Int32Array(docs.length * 600);
  let used = 0;
  const dictionary = new Map<string, number>();
  const expandWith = expand ? (synonyms ??= synonymStems(loadWordNet())) : undefined;
  const records = docs.map((doc, at): DocRecord => {
    const text = toPlainText(doc.answerMarkdown);
    const body = { list: words(text), joined: compounds(text), length: text.length, averageLength };
    for (const [term, score] of scoreTerms(doc, body, expandWith)) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      if (used + 3 > triples.length) triples = grown(triples);
      triples[used++] = id;
      triples[used++] = at;
      triples[used++] = score;
    }
    const head = `${doc.question} ${doc.keywords.join(' ')}`;
    for (const word of dictionaryWords(
      words(head),
      compounds(head).flatMap(words),
      body.list,
      body.joined.flatMap(words),
    ))
      dictionary.set(word, (dictionary.get(word) ?? 0) + 1);
    const slug = doc.slug === slugify(doc.question) ? '' : doc.slug;
    return { slug, question: doc.question, snippet: snippetText(doc.answerMarkdown) };
  });
  return {
    terms: [...termIds.keys()],
    postings: triples.slice(0, used),
    words: [...dictionary.keys()],
    wordDocs: Int32Array.from(dictionary.values()),
    records,
  };
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
