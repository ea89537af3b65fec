// The index's part of the build cache: the last index's files, and for each batch of documents a hash of its text,
// its answers' total length and its dictionary words, so that an edit analyses again only the batches it changed.
import { createHash } from 'node:crypto';
import type { Analysis, BatchDictionary, IndexParts, IndexState } from './parts';

type Kind = 'shards' | 'words' | 'english' | 'packs';
const KINDS: readonly Kind[] = ['shards', 'words', 'english', 'packs'];

/** The state's entry that names the rest: every other entry is keyed by a hash of what it holds. */
const INDEX = 'index';

type SavedIndex = {
  params: string;
  averageLength: number;
  batches: { key: string; length: number }[];
  files: Record<Kind, string[]>;
};

/** The last build's index, where this build's batches can update it. */
export type Previous = Pick<IndexParts, Kind | 'averageLength' | 'lengthSums' | 'dictionaries'> & {
  /** Batches whose documents changed, ascending, with their dictionaries as the last build saw them. */
  changed: number[];
  before: Map<number, BatchDictionary>;
};

/**
 * Past this share of changed batches the index is built from scratch: updating costs a pass over every posting,
 * which pays for itself while most batches need no analysis.
 */
const MOST = 0.25;

const paramsOf = ({ manifest, size, expand, english }: Analysis) =>
  JSON.stringify({ manifest: { ...manifest, version: '' }, size, expand, english });

const bodyKey = (body: Uint8Array) => `f:${createHash('sha256').update(body).digest('base64')}`;

/** A hash of each batch's documents: the fields the analysis reads, in order. */
export function batchKeys({ batches }: Analysis): string[] {
  return batches.map((batch) => {
    const hash = createHash('sha256');
    // Each answer after its length: text moved from one document's answer to the next must change the key.
    for (const doc of batch)
      hash
        .update(JSON.stringify([doc.slug, doc.question, doc.keywords, doc.answerMarkdown.length]))
        .update(doc.answerMarkdown);
    return `b:${hash.digest('base64')}`;
  });
}

/**
 * The saved index when this build can update it: same settings and batch count, at most MOST of the batches
 * changed, and every file and dictionary it needs present and intact. Otherwise undefined.
 */
export function loadSaved(state: IndexState, work: Analysis, keys: readonly string[]): Previous | undefined {
  const saved = state.get(INDEX) as SavedIndex | undefined;
  if (!saved || saved.params !== paramsOf(work) || saved.batches.length !== keys.length) return undefined;
  const changed = keys.flatMap((key, b) => (saved.batches[b]?.key === key ? [] : [b]));
  if (changed.length > Math.max(1, Math.floor(keys.length * MOST))) return undefined;
  const dictionaries: BatchDictionary[] = [];
  const before = new Map<number, BatchDictionary>();
  for (const [b, { key }] of saved.batches.entries()) {
    const dictionary = state.get(key) as BatchDictionary | undefined;
    if (!dictionary) return undefined;
    dictionaries.push(dictionary);
    if (changed.includes(b)) before.set(b, dictionary);
  }
  const files = {} as Record<Kind, Uint8Array[]>;
  for (const kind of KINDS) {
    files[kind] = [];
    for (const key of saved.files[kind]) {
      const body = state.get(key);
      // Keyed by their hash: a body that does not match it was damaged, and the index starts over.
      if (!(body instanceof Uint8Array) || bodyKey(body) !== key) return undefined;
      files[kind].push(body);
    }
  }
  const lengthSums = saved.batches.map((batch) => batch.length);
  return { ...files, averageLength: saved.averageLength, lengthSums, dictionaries, changed, before };
}

/**
 * Keeps this build's index for the next. An entry the state already holds with the same content stays the object it
 * read, so the cache file appends only what changed (a full build that wrote the same files appends nothing).
 */
export async function saveParts(state: IndexState, work: Analysis, keys: readonly string[], parts: IndexParts) {
  const files = {} as Record<Kind, string[]>;
  for (const kind of KINDS)
    files[kind] = parts[kind].map((body) => {
      const key = bodyKey(body);
      const held = state.get(key);
      state.set(key, held instanceof Uint8Array && Buffer.compare(held, body) === 0 ? held : body);
      return key;
    });
  const batches = keys.map((key, b) => {
    const dictionary = parts.dictionaries[b] as BatchDictionary;
    const held = state.get(key) as BatchDictionary | undefined;
    state.set(key, held && sameDictionary(held, dictionary) ? held : dictionary);
    return { key, length: parts.lengthSums[b] ?? 0 };
  });
  const index: SavedIndex = { params: paramsOf(work), averageLength: parts.averageLength, batches, files };
  // The same index again is the entry as read, so a build that changed nothing writes nothing.
  const before = state.get(INDEX);
  state.set(INDEX, before && JSON.stringify(before) === JSON.stringify(index) ? before : index);
  await state.save();
}

function sameDictionary(a: BatchDictionary, b: BatchDictionary): boolean {
  if (!Array.isArray(a.words) || !(a.wordDocs instanceof Int32Array)) return false;
  if (a.words.length !== b.words.length || a.wordDocs.length !== b.wordDocs.length) return false;
  return a.words.every((word, i) => word === b.words[i] && a.wordDocs[i] === b.wordDocs[i]);
}
