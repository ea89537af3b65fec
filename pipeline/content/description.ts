/**
 * The one description rule: `seo.page_description` is best at 120 to 160 characters, the span search
 * results show whole. `npm run check` warns outside it,
 * CloudCannon's input counts against it, and a description made from the answer is cut to its maximum.
 */
export const DESCRIPTION_LENGTH = { min: 120, max: 160 } as const;

/** Why a description's length is off, or undefined when it is within the rule (empty is allowed). */
export function descriptionLengthProblem(description: string): string | undefined {
  const { length } = description;
  if (length === 0) return "is empty; search results will show the answer's opening words";
  if (length < DESCRIPTION_LENGTH.min || length > DESCRIPTION_LENGTH.max) {
    return `is ${length} characters; search results show ${DESCRIPTION_LENGTH.min} to ${DESCRIPTION_LENGTH.max} best`;
  }
  return undefined;
}
