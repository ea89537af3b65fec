type Props = { data: Record<string, unknown> | Record<string, unknown>[] };

/** Structured data for crawlers; `<` is escaped so no string can close the script element. */
export function JsonLd({ data }: Props) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
