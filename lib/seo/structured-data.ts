import { ogImagePath, subjectPath } from '@/lib/config/paths';
import { absoluteUrl, SITE_NAME, SITE_TAGLINE } from '@/lib/config/site';
import type { ArticleRecord, Source, SubjectPage } from '@/lib/store/types';
import type { Crumb } from './breadcrumbs';

type JsonObject = Record<string, unknown>;

const organization = () => ({ '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/') });

export function breadcrumbJsonLd(items: Crumb[]): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.href),
    })),
  };
}

export function articleJsonLd(article: ArticleRecord): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.question,
    description: article.description,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    author: { '@type': 'Organization', name: article.author },
    publisher: organization(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(article.url) },
    articleSection: article.subject,
    keywords: article.seo.keywords.join(', '),
    image: absoluteUrl(ogImagePath(article)),
    inLanguage: 'en',
    ...(article.sources.length > 0 ? { citation: article.sources.map(citation) } : {}),
  };
}

const citation = ({ title, url, publisher, year }: Source): JsonObject => ({
  '@type': 'CreativeWork',
  name: title,
  ...(url ? { url } : {}),
  ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
  ...(year ? { datePublished: String(year) } : {}),
});

export function collectionPageJsonLd({ subject, articles, page }: SubjectPage, description: string): JsonObject {
  const url = absoluteUrl(subjectPath(subject.slug, page));
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page > 1 ? `${subject.name} questions, page ${page}` : `${subject.name} questions`,
    description,
    url,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/') },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: articles.length,
      itemListElement: articles.map((article, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        url: absoluteUrl(article.url),
        name: article.question,
      })),
    },
  };
}

export function websiteJsonLd(): JsonObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    description: SITE_TAGLINE,
    url: absoluteUrl('/'),
    publisher: organization(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
