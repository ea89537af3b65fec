import { z } from 'zod';
import { text } from './text-schema';

/**
 * What a `practice:` list may hold. Lengths are in characters of the Markdown as written: far above the bundled
 * items (their longest value in brackets), low enough that a "Check yourself" section stays short.
 */
export const PRACTICE_LIMITS = {
  items: { min: 2, max: 5 }, // 3
  choices: { min: 2, max: 6 }, // 4
  question: 300, // 215
  choice: 200, // 144
  answer: 200, // 54
  explanation: 800, // 402
} as const;

// Text fields may wrap over lines (a `|-` block): the inline rule, not the schema, refuses a blank line.

/** A strict mapping: a key it does not know (the typo `explaination`) is named, with the keys it does know. */
const strictMapping = <S extends z.core.$ZodLooseShape>(shape: S, what: string) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `is not a field of ${what} (its fields: ${Object.keys(shape).join(', ')})`
        : `must be a mapping of ${Object.keys(shape).join(', ')}`,
  });

const choiceSchema = strictMapping(
  {
    /** The choice as the learner reads it: inline Markdown and TeX. */
    text: text(PRACTICE_LIMITS.choice, true),
    /** `true` on exactly one choice of the item. */
    correct: z.boolean({ error: 'must be true or false' }).optional(),
  },
  'a choice',
);

/**
 * One "Check yourself" item: a choice item (`choices`, one of them `correct: true`) or a recall item (`answer`,
 * which the learner recalls before revealing it). Either way an `explanation` says why.
 */
export const practiceItemSchema = strictMapping(
  {
    /** Inline Markdown and TeX. */
    question: text(PRACTICE_LIMITS.question, true),
    /** A choice item's 2-6 choices. */
    choices: z
      .array(choiceSchema, { error: 'must be a list of { text, correct }' })
      .min(PRACTICE_LIMITS.choices.min, { error: `must have at least ${PRACTICE_LIMITS.choices.min} choices` })
      .max(PRACTICE_LIMITS.choices.max, { error: `must have at most ${PRACTICE_LIMITS.choices.max} choices` })
      .optional(),
    /** A recall item's answer. */
    answer: text(PRACTICE_LIMITS.answer, true).optional(),
    /** Why the answer is right; shown once the learner has answered. */
    explanation: text(PRACTICE_LIMITS.explanation, true),
  },
  'a practice item',
).superRefine((item, ctx) => {
  if (item.choices && item.answer !== undefined)
    ctx.addIssue({ code: 'custom', path: ['answer'], message: 'is not allowed beside choices: keep one of the two' });
  if (!item.choices && item.answer === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: 'is required, or answer: a practice item has choices (pick one) or an answer (recall it)',
    });
  const correct = item.choices?.filter((choice) => choice.correct === true).length;
  if (correct !== undefined && correct !== 1)
    ctx.addIssue({
      code: 'custom',
      path: ['choices'],
      message: `must have exactly one choice with correct: true (${correct} have it)`,
    });
});

/** Optional `practice:` list of the front matter; empty (CloudCannon's new list) is the same as absent. */
export const practiceSchema = z
  .array(practiceItemSchema, { error: 'must be a list of practice items' })
  .max(PRACTICE_LIMITS.items.max, { error: `must have at most ${PRACTICE_LIMITS.items.max} items` })
  .refine((items) => items.length === 0 || items.length >= PRACTICE_LIMITS.items.min, {
    error: `must have at least ${PRACTICE_LIMITS.items.min} items (or none)`,
  });

export type RawPracticeItem = z.infer<typeof practiceItemSchema>;
