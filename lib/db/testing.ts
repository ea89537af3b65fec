import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { siteEnv, toolEnv } from '@/lib/config';

/**
 * For tests: a fresh schema on DATABASE_URL's server and the URL that selects it (postgres.js sends
 * unknown URL parameters such as search_path as session settings). Undefined when DATABASE_URL is unset
 * outside CI; in CI, or when the server cannot be reached, an error that says what to do.
 */
export async function freshPostgresSchema(): Promise<
  { url: string; schema: string; drop(): Promise<void> } | undefined
> {
  const base = siteEnv().DATABASE_URL;
  if (!base) {
    if (toolEnv().CI) throw new Error('DATABASE_URL is not set: .ci/run installs and starts PostgreSQL and sets it');
    return undefined;
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    await admin.end({ timeout: 1 });
    const where = URL.canParse(base) ? new URL(base).host : 'DATABASE_URL';
    throw new Error(
      `cannot reach PostgreSQL at ${where} (${(error as Error).message}): start it (Debian: apt-get install ` +
        `postgresql && pg_ctlcluster 15 main start; .ci/run does this) or unset DATABASE_URL to run only the PGlite tests`,
    );
  }
  const url = new URL(base);
  url.searchParams.set('search_path', schema);
  return {
    url: url.toString(),
    schema,
    drop: async () => {
      await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end({ timeout: 5 });
    },
  };
}
