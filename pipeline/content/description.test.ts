import { describe, expect, it } from 'vitest';
import { makeArticle } from './__fixtures__/make';
import { DESCRIPTION_LENGTH, descriptionLengthProblem } from './description';
import { articleDescription } from './normalize';
import { checkArticle } from '../check/rules';

// The rule's other users are tested where they live: the check over the bundled content and the
// CloudCannon input's min and max (lib/cloudcannon.test.ts).
const { min, max } = DESCRIPTION_LENGTH;
const withDescription = (description: string) => {
  const article = makeArticle();
  return { ...article, seo: { ...article.seo, description } };
};
const descriptionWarnings = (description: string) =>
  checkArticle(withDescription(description))
    .filter((p) => p.field === 'seo.page_description')
    .map((p) => p.message);

describe('the description rule', () => {
  it('npm run check warns just outside it and not at its bounds', () => {
    expect(descriptionWarnings('x'.repeat(min))).toEqual([]);
    expect(descriptionWarnings('x'.repeat(max))).toEqual([]);
    expect(descriptionWarnings('x'.repeat(min - 1))).toEqual([
      `is ${min - 1} characters; search results show ${min} to ${max} best`,
    ]);
    expect(descriptionWarnings('x'.repeat(max + 1))).toEqual([descriptionLengthProblem('x'.repeat(max + 1))]);
    expect(descriptionWarnings('')).toEqual(["is empty; search results will show the answer's opening words"]);
  });

  it("cuts a description made from the answer to the rule's maximum", () => {
    const made = articleDescription('', 'Osmosis moves water. '.repeat(40));
    expect(made.length).toBeLessThanOrEqual(max);
    expect(made.length).toBeGreaterThan(max - 20);
    expect(articleDescription('Written by hand.', 'Osmosis moves water.')).toBe('Written by hand.');
  });
});
