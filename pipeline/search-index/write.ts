// Writes the static search index into public/search-index (served by next start and Vercel).
import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '@/pipeline/content/library';
import { buildSearchFiles } from '@/pipeline/search-index/build';

/** The index of `library` (the prebuild passes the one it parsed, so no file is read twice). */
export function writeSearchIndex(
  outputPath: string,
  library: Library,
  onWritten?: (done: number, total: number) => void,
) {
  const { files } = buildSearchFiles(library.articles, library.subjects);
  // Only the current version's files are served; earlier builds' folders would pile up.
  fs.rmSync(outputPath, { recursive: true, force: true });
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(outputPath, file))));
  for (const folder of folders) fs.mkdirSync(folder, { recursive: true });
  let written = 0;
  onWritten?.(0, files.size);
  for (const [file, body] of files) {
    fs.writeFileSync(path.join(outputPath, file), body);
    if (++written % 100 === 0 || written === files.size) onWritten?.(written, files.size);
  }
  return { articles: library.articles.length, files: files.size, outputPath };
}
