import type { Metadata } from 'next';
import type { Article, SubjectPage } from '@/lib/content';
import { subjectPath } from '@/lib/paths';
import { toPlainText, truncate } from '@/lib/markdown';
import { absoluteUrl, SITE_NAME } from '@/lib/site';

type PageInput = { title: string; description: string; path: string };

/** Metadata shared by every page: an absolute title, a description and a self canonical. */
export function pageMetadata({ title, description, path }: PageInput): Metadata {
  const url = absoluteUrl(path);
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title, description, url, siteName: SITE_NAME, locale: 'en_US' },
    twitter: { card: 'summary', title, description },
  };
}

export function articleDescription(article: Article): string {
  return article.seo.description || truncate(toPlainText(article.answerMarkdown), 155);
}

export function articleMetadata(article: Article): Metadata {
  const title = `${article.question} | ${article.seo.title}`;
  const description = articleDescription(article);
  const base = pageMetadata({ title, description, path: article.url });
  return {
    ...base,
    keywords: article.seo.keywords,
    authors: [{ name: article.author }],
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      section: article.subject,
      authors: [article.author],
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export function subjectPageMetadata({ subject, page, pageCount }: SubjectPage): Metadata {
  const suffix = page > 1 ? `, page ${page} of ${pageCount}` : '';
  return pageMetadata({
    title: `${subject.name} questions and answers${suffix} | ${SITE_NAME}`,
    description: `${subject.count} ${subject.name} questions with clear, structured answers${suffix}, newest first.`,
    path: subjectPath(subject.slug, page),
  });
}
