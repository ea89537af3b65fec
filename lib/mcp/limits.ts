import { createHash } from 'node:crypto';

/** What one client may ask of /mcp: messages a minute, counted per JSON-RPC message (a batch counts each). */
export const MCP_MESSAGES_PER_MINUTE = 60;
/** Searches a minute, the costly messages: at 100,000 articles a heavy one takes a few hundred ms of CPU. */
export const MCP_SEARCHES_PER_MINUTE = 20;
/** Messages in one POST, and searches among them: a POST is a few searches, never dozens. */
export const MAX_BATCH = 5;
export const MAX_SEARCHES_PER_REQUEST = 3;
/** Searches one instance runs at once; the rest wait their turn, up to this many, then get a 503. */
const RUNNING = 1;
const WAITING = 8;
/** Clients remembered at once; past it the oldest minute's are forgotten first. */
const CLIENTS = 10_000;
const MINUTE = 60_000;

export type Verdict = { allowed: boolean; retryAfter: number };

/**
 * A fixed window per client and minute, as the feedback API's limit counts: the key is a hash of the
 * client, never its address, and the counts live in this instance's memory (a function instance or a
 * server); each instance limits on its own.
 */
export function createRateLimit(limit: number) {
  const counts = new Map<string, { window: number; used: number }>();
  return (client: string, cost: number, now = Date.now()): Verdict => {
    const window = Math.floor(now / MINUTE);
    const key = createHash('sha256').update(client).digest('base64');
    const entry = counts.get(key);
    const used = (entry && entry.window === window ? entry.used : 0) + cost;
    counts.delete(key);
    counts.set(key, { window, used });
    for (const [oldest, old] of counts) {
      if (counts.size <= CLIENTS && old.window === window) break;
      counts.delete(oldest);
    }
    return { allowed: used <= limit, retryAfter: Math.ceil(((window + 1) * MINUTE - now) / 1000) };
  };
}

/** The instance is busy with other callers' searches: the caller should come back shortly. */
export class BusyError extends Error {
  constructor() {
    super('the server is busy with other searches; try again shortly');
  }
}

/**
 * Runs searches one at a time per instance, so a burst of heavy queries queues behind each other instead of
 * taking every request's CPU (the event loop answers other requests between a search's steps).
 */
export function createGate(running = RUNNING, waiting = WAITING) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active < running) active++;
    else {
      if (queue.length >= waiting) throw new BusyError();
      // The finishing search hands its place over: `active` stays as it is.
      await new Promise<void>((resolve) => queue.push(resolve));
    }
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}
