type Props = { html: string; className?: string };

const PROSE = [
  'prose max-w-none prose-slate sm:prose-lg dark:prose-invert prose-headings:font-semibold',
  'prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-strong:text-ink dark:prose-strong:text-white',
  'prose-code:rounded prose-code:bg-slate-100 prose-code:px-1 prose-code:py-0.5 prose-code:font-medium',
  'prose-code:before:content-none prose-code:after:content-none dark:prose-code:bg-slate-800 prose-li:my-1',
  'prose-table:text-base',
].join(' ');

/** The only file whose components insert HTML: sanitized output of the build's Markdown renderer. */
export function Prose({ html, className = '' }: Props) {
  return <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One line of inline HTML (a practice item's question, choice, answer or explanation), rendered at build time. */
export function InlineHtml({ html, className = '' }: Props) {
  return <span className={`inline-html ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
