import { z } from 'zod';
import { findUnsafeCharacter } from '@/lib/text/safety';

/** Text without characters XML cannot carry, at most `max` characters after trimming. */
export const safeText = (max: number | undefined, multiline: boolean) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .superRefine((value, ctx) => {
      if (max !== undefined && value.length > max)
        ctx.addIssue({ code: 'custom', message: `is ${value.length} characters; at most ${max} are allowed` });
      const unsafe = findUnsafeCharacter(value, multiline);
      if (unsafe) ctx.addIssue({ code: 'custom', message: unsafe });
    });

export const text = (max?: number, multiline = false) =>
  safeText(max, multiline).pipe(z.string().min(1, { error: 'must not be empty' }));
