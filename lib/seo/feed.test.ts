import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/pipeline/content/__fixtures__/make';
import { toLatestItem } from '@/pipeline/compile/record';
import type { Article } from '@/pipeline/content/types';
import { escapeXml } from '@/lib/text/escape';
import { renderFeed } from '@/lib/seo/feed';
import { HOSTILE_TEXT } from '@/pipeline/content/__fixtures__/hostile';

// XML 1.0's Char production, as a whole-document test: anything else makes a feed reader reject the feed.
const XML_CHARS = /^(?:[\t\n\r\x20-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

const hostileArticle = (name: string, value: string): Article => ({
  ...makeArticle({ slug: `hostile-${name.toLowerCase()}` }),
  question: value,
  subject: value,
  description: value,
  seo: { title: value, description: value, keywords: [value] },
});

describe('the feed with hostile fields', () => {
  const articles = Object.entries(HOSTILE_TEXT).map(([name, value]) => hostileArticle(name, value));
  const xml = renderFeed(articles.map(toLatestItem));

  it('holds only characters XML 1.0 allows', () => {
    expect(XML_CHARS.test(xml)).toBe(true);
  });

  it('escapes every markup character, so no element but the feed’s own appears', () => {
    const tags = new Set((xml.match(/<\/?([a-zA-Z:]+)/g) ?? []).map((tag) => tag.replace(/^<\/?/, '')));
    expect([...tags].sort()).toEqual(
      [
        'atom:link',
        'category',
        'channel',
        'description',
        'guid',
        'item',
        'language',
        'lastBuildDate',
        'link',
        'pubDate',
        'rss',
        'title',
      ].sort(),
    );
    expect(xml).not.toContain('<![CDATA[');
  });

  it('keeps what XML can carry: emoji, right-to-left text, separators', () => {
    for (const name of ['emoji', 'rtl', 'separators'])
      expect(xml).toContain(`<title>${escapeXml(HOSTILE_TEXT[name] ?? '')}</title>`);
    expect(escapeXml(HOSTILE_TEXT.controls ?? '')).toBe('tab\tvtnulone\u0001esc'.replace('\u0001', ''));
    expect(escapeXml(HOSTILE_TEXT.loneSurrogates ?? '')).toBe('high low swapped');
  });
});
