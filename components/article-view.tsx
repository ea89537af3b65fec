import type { ArticleRecord } from '@/lib/store/types';
import { articleCrumbs } from '@/lib/seo/breadcrumbs';
import { absoluteUrl } from '@/lib/config/site';
import { markdownPath, subjectPath } from '@/lib/config/paths';
import { feedbackAvailable } from '@/lib/config/feedback';
import { ArticleSources } from './article-sources';
import { Backlinks } from './backlinks';
import { Breadcrumbs } from './breadcrumbs';
import { CopyLinkButton } from './copy-link-button';
import { CopyMarkdownButton } from './copy-markdown-button';
import { CheckYourself } from './practice/check-yourself';
import { FeedbackWidget } from './feedback-widget';
import { LinkPreviews } from './link-previews';
import { MoreInSubject } from './more-in-subject';
import { Prose } from './prose';
import { RelatedArticles } from './related-articles';

type Props = { article: ArticleRecord };

export function ArticleView({ article }: Props) {
  const subjectHref = subjectPath(article.subjectSlug);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      {/* React puts this in <head>; only pages with formulas load the math stylesheet (a CSS import would load it on every article). */}
      {/* eslint-disable-next-line @next/next/no-css-tags -- conditional per page, which an import cannot be */}
      {article.hasMath && <link rel="stylesheet" href="/math/temml.css" precedence="default" />}
      <Breadcrumbs items={articleCrumbs(article)} />
      <LinkPreviews />
      <article className="mx-auto mt-8 max-w-[70ch]">
        {article.draft && (
          <p
            role="status"
            className={[
              'mb-6 rounded-lg border border-amber-400 bg-amber-50 px-4 py-2 font-semibold',
              'text-amber-900 dark:bg-amber-950 dark:text-amber-100',
            ].join(' ')}
          >
            Draft: this article is hidden from the production site.
          </p>
        )}
        <header className="mb-8 border-b border-slate-200 pb-6 dark:border-slate-700">
          <a
            href={subjectHref}
            className="rounded text-sm font-semibold tracking-wide text-brand-700 uppercase hover:underline dark:text-brand-300"
          >
            {article.subject}
          </a>
          <h1 className="mt-2 text-3xl leading-tight font-bold tracking-tight text-balance text-ink sm:text-4xl dark:text-white">
            {article.question}
          </h1>
          {/* Each item carries the separator before it; the first of every line falls in the clipped margin, so a
              "·" never starts or ends a line. */}
          <p className="byline mt-4 text-sm text-slate-600 dark:text-slate-400">
            <span>
              <span>
                <Dot />
                <time dateTime={article.publishedAt}>{article.dateLabel}</time>
              </span>
              {article.updatedAt && (
                <span>
                  <Dot />
                  <time dateTime={article.updatedAt}>{article.updatedLabel}</time>
                </span>
              )}
              <span>
                <Dot />
                <span>By {article.author}</span>
              </span>
              <span>
                <Dot />
                <span>{article.readingMinutes} min read</span>
              </span>
            </span>
          </p>
          <div className="no-print mt-4 flex flex-wrap gap-2">
            <CopyLinkButton url={absoluteUrl(article.url)} />
            <CopyMarkdownButton href={markdownPath(article.url)} />
          </div>
        </header>
        <Prose html={article.answerHtml} />
        <ArticleSources sources={article.sources} />
        <CheckYourself url={article.url} items={article.practice} />
        {/* Decided at build: on Vercel without DATABASE_URL there is nowhere to store a vote. */}
        {feedbackAvailable() && <FeedbackWidget url={article.url} />}
      </article>
      {/* The same column as the answer. */}
      <div className="no-print mx-auto max-w-[70ch]">
        <RelatedArticles articles={article.related} />
        <Backlinks articles={article.backlinks} />
        <MoreInSubject subject={article.subject} subjectSlug={article.subjectSlug} articles={article.more} />
      </div>
    </div>
  );
}

const Dot = () => <span aria-hidden="true">·</span>;
