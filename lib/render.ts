import { cache } from 'react';
import type { Article } from '@/lib/content';
import { renderMarkdown } from '@/lib/markdown';

/** Renders an answer once per request however many components ask for it. */
export const renderAnswer = cache((article: Article) => renderMarkdown(article.answerMarkdown));
