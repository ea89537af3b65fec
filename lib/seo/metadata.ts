import type { Metadata } from 'next';
import { markdownPath, ogImagePath, subjectPath } from '@/lib/config/paths';
import { absoluteUrl, SITE_NAME } from '@/lib/config/site';
import type { ArticleRecord, SubjectPage } from '@/lib/store/types';

export const FEED_PATH = '/feed.xml';
export const OG_SIZE = { width: 1200, height: 630 };

type PageInput = { title: string; description: string; path: string };

/** Every page advertises the feed; Next replaces `alternates` whole, so each page repeats it. */
export const feedAlternate = () => ({
  'application/rss+xml': [{ url: absoluteUrl(FEED_PATH), title: `${SITE_NAME}: latest answers` }],
});

/** Metadata shared by every page: an absolute title, a description and a self canonical. */
export function pageMetadata({ title, description, path }: PageInput): Metadata {
  const url = absoluteUrl(path);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, types: feedAlternate() },
    openGraph: { type: 'website', title, description, url, siteName: SITE_NAME, locale: 'en_US' },
    // X reads og:title, og:description and og:image when its own tags are absent: only the card type is its own.
    twitter: { card: 'summary' },
  };
}

export function articleMetadata(article: ArticleRecord): Metadata {
  const title = `${article.question} | ${article.seo.title}`;
  const description = article.description;
  const base = pageMetadata({ title, description, path: article.url });
  // The Markdown copy beside the feed: Next replaces `alternates.types` whole.
  const types = {
    ...feedAlternate(),
    'text/markdown': [{ url: absoluteUrl(markdownPath(article.url)), title: `${article.question} (Markdown)` }],
  };
  const image = { url: absoluteUrl(ogImagePath(article)), ...OG_SIZE, alt: article.question, type: 'image/png' };
  return {
    ...base,
    alternates: { ...base.alternates, types },
    keywords: article.seo.keywords,
    authors: [{ name: article.author }],
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      ...(article.updatedAt ? { modifiedTime: article.updatedAt } : {}),
      section: article.subject,
      authors: [article.author],
      tags: article.seo.keywords,
      images: [image],
    },
    twitter: { card: 'summary_large_image' },
  };
}

export function subjectDescription({ subject, page, pageCount }: SubjectPage): string {
  const suffix = page > 1 ? ` Page ${page} of ${pageCount}.` : '';
  return `${subject.count} ${subject.name} questions with clear, structured answers, newest first.${suffix}`;
}

export function subjectPageMetadata(data: SubjectPage): Metadata {
  const { subject, page, pageCount } = data;
  const suffix = page > 1 ? `, page ${page} of ${pageCount}` : '';
  return pageMetadata({
    title: `${subject.name} questions and answers${suffix} | ${SITE_NAME}`,
    description: subjectDescription(data),
    path: subjectPath(subject.slug, page),
  });
}
