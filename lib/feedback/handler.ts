import { getDb } from '@/lib/db/client';
import { feedbackAvailable, trustedProxies } from '@/lib/config/feedback';
import { getSiteUrl } from '@/lib/config/site';
import { isArticle } from './article-check';
import { readBody, type Body } from './body';
import { clientAddress } from './client-id';
import { InputError } from './input-error';
import { LIMIT_PER_MINUTE } from './rate-limit';
import { recordMiss, recordVote } from './store';
import { parseMiss, parseVote, parseVoteForm } from './validate';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/** A browser's Origin must be this site (its configured address or the host it asked); tools send none. */
function checkOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const host = request.headers.get('host');
  const ok =
    URL.canParse(origin) && (new URL(origin).host === host || new URL(origin).origin === new URL(getSiteUrl()).origin);
  if (!ok) throw new InputError(403, 'cross-site requests are refused');
}

/** Runs the checks every write shares, in order: 503, 403, 413, 415/400, then the endpoint's own. */
async function accept(request: Request): Promise<Body> {
  if (!feedbackAvailable()) throw new InputError(503, 'feedback is off: this deployment has no DATABASE_URL');
  checkOrigin(request);
  return readBody(request);
}

/** A valid request the database could not take (down, unreachable, a misconfigured DATABASE_URL) is a 503, logged. */
async function database<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    console.error('feedback database error:', error);
    throw new InputError(503, 'the feedback database is unavailable; try again later', { 'Retry-After': '30' });
  }
}

function refused(error: unknown, form: boolean): Response {
  if (!(error instanceof InputError)) throw error;
  if (form)
    return new Response(`${error.message}\n`, {
      status: error.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...error.headers },
    });
  return json(error.status, { ok: false, error: error.message }, error.headers);
}

const tooMany = (retryAfter: number) =>
  new InputError(429, `too many requests: at most ${LIMIT_PER_MINUTE} a minute; try again in ${retryAfter} s`, {
    'Retry-After': String(retryAfter),
  });

const isForm = (request: Request) =>
  /^application\/x-www-form-urlencoded\b/i.test(request.headers.get('content-type')?.trim() ?? '');

export async function handleFeedback(request: Request): Promise<Response> {
  // A form's refusals are plain text a person reads; the script's are JSON.
  const form = isForm(request);
  try {
    const body = await accept(request);
    const vote = body.kind === 'form' ? parseVoteForm(body.value) : parseVote(body.value);
    if (!isArticle(vote.url)) throw new InputError(404, `no article at ${vote.url}`);
    const client = clientAddress(request.headers, trustedProxies());
    const limit = await database(async () => recordVote(await getDb(), vote, client));
    if (!limit.allowed) throw tooMany(limit.retryAfter);
    if (form) return new Response(null, { status: 303, headers: { Location: `${vote.url}#feedback-thanks` } });
    return json(201, { ok: true });
  } catch (error) {
    return refused(error, form);
  }
}

export async function handleSearchMiss(request: Request): Promise<Response> {
  try {
    const body = await accept(request);
    if (body.kind === 'form') throw new InputError(415, 'send the query as JSON');
    const miss = parseMiss(body.value);
    const client = clientAddress(request.headers, trustedProxies());
    const limit = await database(async () => recordMiss(await getDb(), miss, client));
    if (!limit.allowed) throw tooMany(limit.retryAfter);
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return refused(error, false);
  }
}
