// npm run db:migrate: applies the schema's migrations to DATABASE_URL's PostgreSQL or the embedded database.
import { openDb } from '@/lib/db/client';
import { siteEnv } from '@/lib/config';
import { migrate } from '@/lib/db/migrate';

const env = siteEnv();
openDb({ url: env.DATABASE_URL, dir: env.PGLITE_DIR })
  .then(async (db) => {
    const applied = await migrate(db).finally(() => db.close());
    const where =
      db.kind === 'postgres' ? 'DATABASE_URL' : `the embedded database (${env.PGLITE_DIR ?? '.data/pglite'})`;
    console.log(applied.length ? `applied migration ${applied.join(', ')} to ${where}` : `${where} is up to date`);
  })
  .catch((error: unknown) => {
    console.error(`npm run db:migrate: ${(error as Error).message}`);
    process.exitCode = 1;
  });
