import { readLimited } from '@/lib/http/read-limited';
import { InputError } from './input-error';

export const BODY_LIMIT = 4096;

export type Body = { kind: 'json'; value: unknown } | { kind: 'form'; value: URLSearchParams };

/**
 * JSON (application/json, or text/plain as navigator.sendBeacon sends a string) or a form
 * (application/x-www-form-urlencoded); anything else is a 415.
 */
export async function readBody(request: Request): Promise<Body> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const form = type === 'application/x-www-form-urlencoded';
  if (!form && type !== 'application/json' && type !== 'text/plain')
    throw new InputError(415, 'send application/json or application/x-www-form-urlencoded');
  const bytes = await readLimited(request, BODY_LIMIT);
  if (!bytes) throw new InputError(413, `the body is larger than ${BODY_LIMIT} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(400, 'the body is not valid UTF-8');
  }
  if (form) return { kind: 'form', value: new URLSearchParams(text) };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    throw new InputError(400, 'the body is not valid JSON');
  }
}
