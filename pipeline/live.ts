// next dev's live source: the library compiled from Markdown, re-read when a file changes. A file with an error
// fails only its own page; every other page keeps serving.
import { articlePath } from '@/lib/config/paths';
import { getContentDir, readContent } from '@/pipeline/content/files';
import { libraryOf, type Library } from '@/pipeline/content/library';
import { ContentError } from '@/pipeline/content/problems';
import type { Problem } from '@/pipeline/content/types';
import { checkFiles, type Scan } from '@/pipeline/scan';
import { Workers } from '@/pipeline/workers/workers';

/** How long a read of the folder is trusted before files are looked at again. */
export const RECHECK_MS = 500;

export type Live = {
  library: Library;
  /** The errors of each url whose file has one: that page shows them, the rest of the site serves. */
  failed: Map<string, Problem[]>;
};

export type LiveOptions = { dir?: string; now?: () => number; recheckMs?: number };

/** The url a file stands for by where it lives (`<subject>/<slug>.md`), even when its front matter does not parse. */
const urlOfFile = (file: string) => {
  const [subject, name, ...rest] = file.split('/');
  return subject && name?.endsWith('.md') && rest.length === 0 ? articlePath(subject, name.slice(0, -3)) : undefined;
};

function liveOf({ articles, problems }: Scan): Live {
  const failed = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const urls = new Set([urlOfFile(problem.file), articles.find((a) => a.file === problem.file)?.url]);
    for (const url of urls) if (url) failed.set(url, [...(failed.get(url) ?? []), problem]);
  }
  const library = libraryOf(
    articles.filter((a) => !failed.has(a.url)),
    { drafts: true },
  );
  return { library, failed };
}

let memo: { dir: string; at: number; live: Promise<Live> } | undefined;

/** The live library, read again at most every `recheckMs` and rebuilt only when a file changed. */
export function loadLive({ dir = getContentDir(), now = Date.now, recheckMs = RECHECK_MS }: LiveOptions = {}) {
  if (memo && memo.dir === dir && now() - memo.at < recheckMs) return memo.live;
  const previous = memo?.dir === dir ? memo.live : undefined;
  const live = readContent(dir, new Workers(0).parser()).then(async ({ files, changed, saved }) => {
    const next = !changed && previous ? previous : liveOf(checkFiles(files, dir));
    await saved;
    return next;
  });
  memo = { dir, at: now(), live };
  // A failed read is never the `previous` of the next: that one compares files with the last read that succeeded.
  live.catch(() => {
    if (memo?.live === live) memo = undefined;
  });
  return live;
}

/** The library with drafts, for tests and tools; throws every error at once, as a build would fail. */
export async function loadLibrary(options: LiveOptions = {}): Promise<Library> {
  const { library, failed } = await loadLive(options);
  if (failed.size > 0) throw new ContentError([...new Set([...failed.values()].flat())]);
  return library;
}

/** The error a page shows for `url` when its file has one. */
export const failureOf = (live: Live, url: string) => {
  const problems = live.failed.get(url);
  return problems && new ContentError(problems);
};
