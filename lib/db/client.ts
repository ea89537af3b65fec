import path from 'node:path';
import { siteEnv } from '@/lib/config';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

export type { Db, Sql } from './types';

export const DEFAULT_PGLITE_DIR = path.join('.data', 'pglite');

/** DATABASE_URL's PostgreSQL, else the embedded PGlite in PGLITE_DIR (default .data/pglite). */
export async function openDb(options: { url?: string; dir?: string } = {}): Promise<Db> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.dir ?? DEFAULT_PGLITE_DIR);
}

/** Opens and migrates the database the environment names. */
export async function openConfiguredDb(): Promise<Db> {
  const env = siteEnv();
  const db = await openDb({ url: env.DATABASE_URL, dir: env.PGLITE_DIR });
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

// Route handlers are bundled apart, so the one pool (and PGlite, which one process may open once) lives on globalThis.
const KEY = Symbol.for('quicktakes.db');
type Holder = { [KEY]?: Promise<Db> };

/** The server's database, opened and migrated on first use; a failed open is retried on the next request. */
export function getDb(): Promise<Db> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openConfiguredDb().catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}
