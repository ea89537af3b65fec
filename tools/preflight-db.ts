import postgres from 'postgres';
import { siteEnv, toolEnv } from '@/lib/config';

/**
 * npm test's database check: without DATABASE_URL the PostgreSQL tests are skipped (CI sets it and
 * fails without it); with one that does not answer, say so now rather than after the build.
 */
export async function databaseProblem(url = siteEnv().DATABASE_URL, ci = toolEnv().CI): Promise<string | undefined> {
  if (!url) {
    if (ci) return 'no DATABASE_URL: CI runs the storage tests on PostgreSQL (.ci/run installs and starts it)';
    console.warn(
      'npm test: DATABASE_URL is not set, so the PostgreSQL storage and API tests are skipped (PGlite ones run)',
    );
    return undefined;
  }
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return undefined;
  } catch (error) {
    const where = URL.canParse(url) ? new URL(url).host : 'DATABASE_URL';
    return (
      `DATABASE_URL's PostgreSQL at ${where} does not answer (${(error as Error).message}): start it (Debian: ` +
      `apt-get install postgresql && pg_ctlcluster 15 main start) or unset DATABASE_URL`
    );
  } finally {
    await sql.end({ timeout: 1 });
  }
}
