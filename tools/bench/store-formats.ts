// Store designs compared on one corpus: bytes an article in the functions, files, compile time, read time.
// `npm run bench -- --articles N --only store`; the design the site uses is "subject-128 br9".
import zlib from 'node:zlib';
import type { Library } from '@/pipeline/content/library';
import { compileArticle } from '@/pipeline/compile/record';

type Codec = { name: string; pack: (text: string) => Buffer; unpack: (data: Buffer) => Buffer };
const brotli = (quality: number, window: number): Codec => ({
  name: `br${quality}`,
  pack: (text) =>
    zlib.brotliCompressSync(text, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_LGWIN]: window },
    }),
  unpack: (data) => zlib.brotliDecompressSync(data),
});
const gzip: Codec = {
  name: 'gzip9',
  pack: (text) => zlib.gzipSync(text, { level: 9 }),
  unpack: (data) => zlib.gunzipSync(data),
};

export type FormatFigures = { design: string; kbPerArticle: number; files: number; packS: number; readMs: number };

export function compareStoreFormats(library: Library): FormatFigures[] {
  const subjectOrder = library.subjects.flatMap((s) => library.bySubject.get(s.slug) ?? []);
  const byHash = [...library.articles].sort((a, b) => (hash(a.url) < hash(b.url) ? -1 : 1));
  const lines = new Map(library.articles.map((a) => [a.url, JSON.stringify(compileArticle(library, a))]));
  const designs: [string, typeof subjectOrder, number, Codec][] = [
    ['per-article', byHash, 1, gzip],
    ['hashed-64', byHash, 64, gzip],
    ['hashed-64', byHash, 64, brotli(9, 22)],
    ['subject-64', subjectOrder, 64, brotli(9, 22)],
    ['subject-128', subjectOrder, 128, gzip],
    ['subject-128', subjectOrder, 128, brotli(9, 22)],
    ['subject-256', subjectOrder, 256, brotli(9, 22)],
    ['subject-128', subjectOrder, 128, brotli(11, 24)],
  ];
  return designs.map(([name, order, per, codec]) => {
    const started = performance.now();
    const packed: { data: Buffer; urls: string[] }[] = [];
    for (let i = 0; i < order.length; i += per) {
      const chunk = order.slice(i, i + per);
      packed.push({ data: codec.pack(chunk.map((a) => lines.get(a.url)).join('\n')), urls: chunk.map((a) => a.url) });
    }
    const packS = (performance.now() - started) / 1000;
    // A request: decompress its shard, find its line, parse it; 50 spread over the shards.
    const samples = Array.from({ length: 50 }, (_, i) => packed[Math.floor((i * packed.length) / 50)]).filter(
      (p) => p !== undefined,
    );
    const t = performance.now();
    for (const shard of samples) {
      const text = codec.unpack(shard.data).toString('utf8');
      const line = text.split('\n').find((l) => l.startsWith(`{"url":${JSON.stringify(shard.urls.at(-1))},`));
      JSON.parse(line ?? '{}');
    }
    const bytes = packed.reduce((n, p) => n + p.data.length, 0);
    return {
      design: `${name} ${codec.name}`,
      kbPerArticle: bytes / 1024 / order.length,
      files: packed.length,
      packS,
      readMs: (performance.now() - t) / samples.length,
    };
  });
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
