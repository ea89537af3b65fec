import { subjectPath } from '@/lib/config/paths';
import type { ArticleRecord, Subject } from '@/lib/store/types';

export type Crumb = { name: string; href: string };

const ROOT: Crumb[] = [
  { name: 'Home', href: '/' },
  { name: 'Learn', href: '/learn' },
];

export const learnCrumbs = (): Crumb[] => ROOT;

export function subjectCrumbs(subject: Subject, page = 1): Crumb[] {
  const crumbs = [...ROOT, { name: subject.name, href: subjectPath(subject.slug) }];
  return page > 1 ? [...crumbs, { name: `Page ${page}`, href: subjectPath(subject.slug, page) }] : crumbs;
}

export function articleCrumbs(article: Pick<ArticleRecord, 'subject' | 'subjectSlug' | 'question' | 'url'>): Crumb[] {
  return [
    ...ROOT,
    { name: article.subject, href: subjectPath(article.subjectSlug) },
    { name: article.question, href: article.url },
  ];
}
