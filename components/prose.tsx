type Props = { html: string; className?: string };

/** The only component that inserts HTML: sanitized output of lib/markdown's renderMarkdown. */
export function Prose({ html, className = '' }: Props) {
  return (
    <div
      className={`prose prose-lg prose-slate max-w-none dark:prose-invert prose-headings:font-semibold prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-strong:text-ink dark:prose-strong:text-white prose-li:my-1 prose-table:text-base ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
