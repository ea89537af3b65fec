import { InputError } from './input-error';

export const BODY_LIMIT = 4096;

export type Body = { kind: 'json'; value: unknown } | { kind: 'form'; value: URLSearchParams };

/** Reads at most BODY_LIMIT bytes: a longer body is a 413 whatever its Content-Length claims. */
async function readLimited(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > BODY_LIMIT) throw new InputError(413, `the body is larger than ${BODY_LIMIT} bytes`);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > BODY_LIMIT) {
      await reader.cancel().catch(() => {});
      throw new InputError(413, `the body is larger than ${BODY_LIMIT} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * JSON (application/json, or text/plain as navigator.sendBeacon sends a string) or a form
 * (application/x-www-form-urlencoded); anything else is a 415.
 */
export async function readBody(request: Request): Promise<Body> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const form = type === 'application/x-www-form-urlencoded';
  if (!form && type !== 'application/json' && type !== 'text/plain')
    throw new InputError(415, 'send application/json or application/x-www-form-urlencoded');
  const bytes = await readLimited(request);
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
