import { encodePostings } from '@/lib/search/postings';

/** Postings per chunk: fixed-size typed arrays, so 25 million postings never copy or churn the collector. */
const CHUNK = 1 << 21;

/** Collects (term, document, score) in typed arrays; documents must come in ascending order. */
export class PostingsBuilder {
  private ids = new Map<string, number>();
  private names: string[] = [];
  private chunks: Int32Array[] = [];
  private used = CHUNK;
  private total = 0;

  /** A batch's postings: (index in `terms`, document counted from `first`, score) triples, by document. */
  addBatch(terms: readonly string[], triples: Int32Array, first: number) {
    const ids = terms.map((term) => this.idOf(term));
    for (let at = 0; at < triples.length; at += 3)
      this.push(ids[triples[at] ?? 0] ?? 0, first + (triples[at + 1] ?? 0), triples[at + 2] ?? 0);
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
    }
    return id;
  }

  private push(id: number, doc: number, score: number) {
    if (this.used + 3 > CHUNK) {
      this.chunks.push(new Int32Array(CHUNK));
      this.used = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1] as Int32Array;
    chunk[this.used] = id;
    chunk[this.used + 1] = doc;
    chunk[this.used + 2] = score;
    this.used += 3;
    this.total++;
  }

  /** Every term with its document count and encoded postings; the builder is empty afterwards. */
  *terms(): Generator<[term: string, df: number, postings: Uint8Array]> {
    const count = this.names.length;
    const starts = new Int32Array(count + 1);
    this.forEach((id) => (starts[id + 1] = (starts[id + 1] ?? 0) + 1));
    for (let id = 0; id < count; id++) starts[id + 1] = (starts[id + 1] ?? 0) + (starts[id] ?? 0);
    const docs = new Int32Array(this.total);
    const scores = new Int32Array(this.total);
    const cursor = starts.slice(0, count);
    this.forEach((id, doc, score) => {
      const at = cursor[id] ?? 0;
      docs[at] = doc;
      scores[at] = score;
      cursor[id] = at + 1;
    });
    this.chunks = [];
    for (let id = 0; id < count; id++) {
      const from = starts[id] ?? 0;
      const to = starts[id + 1] ?? 0;
      yield [this.names[id] ?? '', to - from, encodePostings(docs.subarray(from, to), scores.subarray(from, to))];
    }
  }

  private forEach(visit: (id: number, doc: number, score: number) => void) {
    this.chunks.forEach((chunk, i) => {
      const end = i === this.chunks.length - 1 ? this.used : CHUNK - (CHUNK % 3);
      for (let at = 0; at < end; at += 3) visit(chunk[at] ?? 0, chunk[at + 1] ?? 0, chunk[at + 2] ?? 0);
    });
  }
}
