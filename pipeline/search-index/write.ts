// Writes the static search index into public/search-index (served by next start and Vercel).
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '@/pipeline/content/library';
import type { SearchManifest } from '@/lib/search/format';
import { buildSearchFiles, type SearchIndexOptions } from './build';

export type WriteFigures = {
  articles: number;
  version: string;
  /** Batches of documents analysed (all of them unless the build cache held the last index). */
  analysed: number;
  files: number;
  written: number;
  removed: number;
  outputPath: string;
};

/** The index of `library` (the prebuild passes the one it parsed, so no file is read twice). */
export async function writeSearchIndex(
  outputPath: string,
  library: Pick<Library, 'articles' | 'subjects'>,
  onWritten?: (done: number, total: number) => void,
  options?: SearchIndexOptions,
): Promise<WriteFigures> {
  const { files, manifest, analysed } = await buildSearchFiles(library.articles, library.subjects, options);
  const figures = updateIndexFiles(outputPath, files, onWritten);
  return { articles: library.articles.length, version: manifest.version, analysed, ...figures, outputPath };
}

/**
 * Brings the folder to exactly `files`, writing only what differs: the previous version's folder is
 * renamed to the new version, its unchanged files stay as they are, changed ones are rewritten, files
 * the new index lacks are removed, and the manifest, which names the version, is written last.
 */
export function updateIndexFiles(
  outputPath: string,
  files: ReadonlyMap<string, Uint8Array>,
  onWritten?: (done: number, total: number) => void,
) {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw new Error('search index: no manifest.json among the files');
  const version = (JSON.parse(new TextDecoder().decode(manifestBytes)) as SearchManifest).version;
  const previous = readVersion(outputPath);
  const target = path.join(outputPath, version);
  fs.mkdirSync(outputPath, { recursive: true });
  if (previous && previous !== version && fs.existsSync(path.join(outputPath, previous)) && !fs.existsSync(target))
    fs.renameSync(path.join(outputPath, previous), target);
  // Anything else in the folder (older versions, stray files) is not part of this index.
  for (const name of fs.readdirSync(outputPath))
    if (name !== version && name !== 'manifest.json') fs.rmSync(path.join(outputPath, name), { recursive: true });

  let written = 0;
  let done = 0;
  onWritten?.(0, files.size);
  for (const [file, body] of files) {
    if (file === 'manifest.json') continue;
    if (writeIfChanged(path.join(outputPath, file), body)) written++;
    if (++done % 500 === 0) onWritten?.(done, files.size);
  }
  const removed = removeOthers(target, new Set([...files.keys()].map((file) => path.join(outputPath, file))));
  if (writeIfChanged(path.join(outputPath, 'manifest.json'), manifestBytes)) written++;
  onWritten?.(files.size, files.size);
  return { files: files.size, written, removed };
}

function readVersion(outputPath: string): string | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(outputPath, 'manifest.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof manifest.version === 'string' && /^[0-9a-f]{12}$/.test(manifest.version)
      ? manifest.version
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the file unless it already holds exactly these bytes; true when it wrote. */
function writeIfChanged(file: string, body: Uint8Array): boolean {
  try {
    if (Buffer.compare(fs.readFileSync(file), body) === 0) return false;
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  fs.writeFileSync(file, body);
  return true;
}

/** Deletes every file under `folder` that is not in `keep`; returns how many. */
function removeOthers(folder: string, keep: ReadonlySet<string>): number {
  let removed = 0;
  if (!fs.existsSync(folder)) return 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !keep.has(file)) {
      fs.rmSync(file);
      removed++;
    }
  }
  return removed;
}
