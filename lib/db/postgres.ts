import postgres from 'postgres';
import type { Db, Row, Sql } from './types';

type Params = postgres.ParameterOrJSON<never>[];

/** A pool on a real PostgreSQL (Neon, any Marketplace Postgres, Debian's). */
export function openPostgres(url: string): Db {
  const sql = postgres(url, { max: 10, idle_timeout: 20, connect_timeout: 10, onnotice: () => {} });
  const wrap = (run: postgres.Sql | postgres.TransactionSql): Sql => ({
    query: async <T extends Row>(text: string, params: unknown[] = []) =>
      (await run.unsafe(text, params as Params)) as unknown as T[],
  });
  return {
    kind: 'postgres',
    ...wrap(sql),
    transaction: async <T>(fn: (tx: Sql) => Promise<T>) => (await sql.begin((tx) => fn(wrap(tx)))) as T,
    close: () => sql.end({ timeout: 5 }),
  };
}
