import { InputError } from './input-error';
import { stripHidden } from './invisible';

export const COMMENT_LIMIT = 500;
export const QUERY_LIMIT = 200;
export const URL_LIMIT = 300;

export type Vote = { url: string; helpful: boolean; comment: string | null };
export type Miss = { query: string };

// Characters PostgreSQL's text cannot hold (NUL) or that no reader should get: C0 controls but tab and
// line breaks, DEL and C1 controls (terminal escapes in npm run report), non-characters, lone surrogates.
const UNSAFE = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF\\uFDD0-\\uFDEF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
);

/** Characters as PostgreSQL's length() counts them: code points, not UTF-16 units. */
export const characters = (text: string): number => [...text].length;

/** A string field, trimmed; `prose` (what a reader wrote) also loses the characters that hide or reorder text. */
function text(value: unknown, field: string, limit: number, prose = false): string {
  if (typeof value !== 'string') throw new InputError(400, `${field} must be a string`);
  const trimmed = (prose ? stripHidden(value) : value).trim();
  if (characters(trimmed) > limit) throw new InputError(400, `${field} is longer than ${limit} characters`);
  if (UNSAFE.test(trimmed)) throw new InputError(400, `${field} holds a control character or an invalid one`);
  return trimmed;
}

function object(input: unknown, fields: string[]): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new InputError(400, 'the body must be a JSON object');
  const unknown = Object.keys(input).filter((key) => !fields.includes(key));
  if (unknown.length > 0) throw new InputError(400, `unknown field: ${unknown.join(', ')}`);
  return input as Record<string, unknown>;
}

/** A vote as JSON: {"url": string, "helpful": boolean, "comment"?: string}. */
export function parseVote(input: unknown): Vote {
  const body = object(input, ['url', 'helpful', 'comment']);
  if (body.url === undefined) throw new InputError(400, 'url is required');
  const url = text(body.url, 'url', URL_LIMIT);
  if (typeof body.helpful !== 'boolean') throw new InputError(400, 'helpful must be true or false');
  const comment =
    body.comment === undefined || body.comment === null ? '' : text(body.comment, 'comment', COMMENT_LIMIT, true);
  return { url, helpful: body.helpful, comment: comment || null };
}

/** The widget's form fields: url, helpful=true|false, comment (empty means none). */
export function parseVoteForm(form: URLSearchParams): Vote {
  const fields: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    if (values.length > 1) throw new InputError(400, `${key} is given more than once`);
    fields[key] = values[0];
  }
  const helpful = fields.helpful;
  if (helpful !== 'true' && helpful !== 'false') throw new InputError(400, 'helpful must be true or false');
  return parseVote({ ...fields, helpful: helpful === 'true', comment: fields.comment ?? undefined });
}

/** A missed search: {"query": string}, stored folded (trimmed, single spaces, lower case) so repeats group. */
export function parseMiss(input: unknown): Miss {
  const body = object(input, ['query']);
  const query = text(body.query, 'query', QUERY_LIMIT, true).replace(/\s+/g, ' ').toLowerCase();
  if (!query) throw new InputError(400, 'query must not be empty');
  return { query };
}
