import fs from 'node:fs';
import path from 'node:path';
import type { Db, Row, Sql } from './types';

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * A pid file beside the folder makes the second opener (npm run report while the server runs) stop with a message.
 */
function lock(dir: string): () => void {
  const file = `${dir}.pid`;
  try {
    const pid = Number(fs.readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && alive(pid))
      throw new Error(
        `the embedded database ${dir} is open in process ${pid} (npm start?): stop that process first, or set ` +
          `DATABASE_URL to a PostgreSQL both can share`,
      );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.writeFileSync(file, String(process.pid));
  const unlock = () => fs.rmSync(file, { force: true });
  process.once('exit', unlock);
  return () => {
    process.off('exit', unlock);
    unlock();
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The embedded PostgreSQL (WebAssembly) in a folder, loaded only when there is no DATABASE_URL. */
export async function openPglite(dir: string): Promise<Db> {
  const folder = path.resolve(dir);
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  const unlock = lock(folder);
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(folder).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const wrap = (run: { query: typeof db.query }): Sql => ({
    query: async <T extends Row>(text: string, params: unknown[] = []) => (await run.query<T>(text, params)).rows,
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      await db.close();
      unlock();
    },
  };
}
