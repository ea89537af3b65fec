/** A related reference exactly as the front matter states it; the target may not exist. */
export type RelatedRef = { id: number; title: string; subject: string; url: string };

import type { ArticleFields, PracticeItem, Subject } from '@/lib/store/types';

export type { Subject };

/** The normalized article every build step uses; never the raw front matter. */
export type Article = ArticleFields & {
  answerMarkdown: string;
  seo: { title: string; description: string; keywords: string[] };
  score: number;
  relatedRefs: RelatedRef[];
  /** Old paths (`redirect_from`) as written; checked across files in redirects.ts. */
  redirectFrom: string[];
  /** "Check yourself" items, their text fields as Markdown (trimmed, as written). */
  practice: PracticeItem[];
  /** Path relative to the content folder, with forward slashes. */
  file: string;
};

export type Severity = 'error' | 'warning';

/** One finding about one file, printed as `file:line: field: message`. */
export type Problem = {
  file: string;
  line?: number;
  /** Where to look for the line when it is not `field` (`redirect_from.2` for a problem reported as `redirect_from`). */
  locate?: string;
  field: string;
  message: string;
  severity: Severity;
};
