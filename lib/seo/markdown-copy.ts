import { markdownPath, subjectPath } from '@/lib/config/paths';
import { absoluteUrl, LLMS_PAGE_SIZE, SITE_NAME, SITE_TAGLINE } from '@/lib/config/site';
import { pageCount } from '@/lib/text/pagination';
import type { MarkdownRecord, PracticeItem, Source, Subject } from '@/lib/store/types';
import { escapeMarkdownText, markdownLinkUrl } from '@/lib/text/markdown-escape';

export const MARKDOWN_TYPE = 'text/markdown; charset=utf-8';

export const llmsIndexPath = (subjectSlug: string, page = 1) =>
  page <= 1 ? `/llms/${subjectSlug}.md` : `/llms/${subjectSlug}.${page}.md`;

/** "Publisher, 2019": what a source line shows after its title. */
export const sourceDetails = ({ publisher, year }: Source) => [publisher, year].filter(Boolean).join(', ');

/** Keeps a field on its own line and out of Markdown and HTML syntax (escapeMarkdownText). */
const inline = escapeMarkdownText;

function sourceLine(source: Source): string {
  const url = source.url ? markdownLinkUrl(source.url) : undefined;
  const title = url ? `[${inline(source.title)}](${url})` : `*${inline(source.title)}*`;
  const details = sourceDetails(source);
  return `- ${title}${details ? `. ${inline(details)}` : ''}`;
}

/** A practice field on one line: its soft line breaks are spaces, as Markdown reads them. */
const oneLine = (markdown: string) => markdown.replace(/\s*\n\s*/g, ' ');

/** One "Check yourself" item as plain Markdown: the question, the choices with the correct one marked, or the answer, then why. */
function practiceBlock(item: PracticeItem, index: number): string {
  const body =
    item.kind === 'choice'
      ? item.choices.map((choice) => `- ${oneLine(choice.text)}${choice.correct ? ' **(correct)**' : ''}`).join('\n')
      : `Answer: ${oneLine(item.answer)}`;
  return `### ${index + 1}. ${oneLine(item.question)}\n\n${body}\n\nExplanation: ${oneLine(item.explanation)}`;
}

/** The Markdown copy of an article: question as heading, byline, the answer as written, sources, practice items, canonical link. */
export function renderMarkdownCopy(record: MarkdownRecord): string {
  const byline = [record.subject, record.dateLabel, record.updatedLabel, `By ${record.author}`]
    .filter((part): part is string => Boolean(part))
    .map(inline)
    .join(' · ');
  const parts = [`# ${inline(record.question)}`, byline, record.answerMarkdown];
  if (record.sources.length > 0) parts.push(`## Sources\n\n${record.sources.map(sourceLine).join('\n')}`);
  if (record.practice.length > 0) parts.push(`## Check yourself\n\n${record.practice.map(practiceBlock).join('\n\n')}`);
  parts.push(`Canonical: <${absoluteUrl(record.url)}>`);
  return `${parts.join('\n\n')}\n`;
}

/** /llms.txt (llmstxt.org): the site, then one link per subject to its Markdown index; no article is listed here. */
const COPIES =
  'Every article has a Markdown copy at its address plus `.md`, with its sources, its "Check yourself" questions ' +
  "(answers and explanations included) and a canonical link. The files below list each subject's questions, " +
  'newest first, with links to those copies.';

const mcpHelp = () =>
  'Streamable HTTP, read-only, no sign-in, with the tools `search_questions` and `get_question`. ' +
  'Add it to an assistant as a remote (HTTP) MCP server at that address, for example ' +
  `\`claude mcp add --transport http ${SITE_NAME.toLowerCase()} ${absoluteUrl('/mcp')}\`.`;

export function renderLlmsTxt(subjects: Subject[]): string {
  const lines = subjects.map((s) => {
    const pages = pageCount(s.count, LLMS_PAGE_SIZE);
    const more = pages > 1 ? `, in ${pages} files linked from one to the next` : '';
    return `- [${inline(s.name)}](${absoluteUrl(llmsIndexPath(s.slug))}): ${s.count} questions${more}`;
  });
  return `# ${SITE_NAME}

> ${SITE_TAGLINE}: structured answers written for learners, grouped by subject.

${COPIES}

## Subjects

${lines.join('\n')}

## Tools

- [MCP server](${absoluteUrl('/mcp')}): ${mcpHelp()}
- Any article's address answers Markdown to a request whose \`Accept\` header prefers \`text/markdown\`.

## Optional

- [RSS feed of the latest answers](${absoluteUrl('/feed.xml')})
- [Sitemap](${absoluteUrl('/sitemap.xml')})
`;
}

type IndexItem = { url: string; question: string; excerpt: string };

/** One page of a subject's Markdown index: its questions with links to their Markdown copies. */
export function renderLlmsIndex(subject: Subject, items: IndexItem[], page: number, pageCount: number): string {
  const list = items.map((a) => `- [${inline(a.question)}](${absoluteUrl(markdownPath(a.url))}): ${inline(a.excerpt)}`);
  const nav = [
    page > 1 ? `- [Previous page](${absoluteUrl(llmsIndexPath(subject.slug, page - 1))})` : '',
    page < pageCount ? `- [Next page](${absoluteUrl(llmsIndexPath(subject.slug, page + 1))})` : '',
  ].filter(Boolean);
  const heading = `# ${inline(subject.name)} questions${pageCount > 1 ? `, page ${page} of ${pageCount}` : ''}`;
  const intro =
    `> ${subject.count} ${inline(subject.name)} questions on ${SITE_NAME}, newest first. ` +
    `The web page: <${absoluteUrl(subjectPath(subject.slug))}>`;
  return `${[heading, intro, list.join('\n'), ...(nav.length ? [`## More\n\n${nav.join('\n')}`] : [])].join('\n\n')}\n`;
}
