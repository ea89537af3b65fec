/**
 * The one schema, as ordered migrations shared by PostgreSQL and PGlite. A migration is never edited
 * once merged: add the next version. Each statement is idempotent on its own as well.
 * Nothing here holds an IP address or a user agent: rate_limit_hits keys are keyed hashes that change
 * every minute and are deleted once their minute has passed; feedback_votes.voter is a keyed hash of the
 * article and the client under a salt that is deleted the day after it was made.
 */
export type Migration = { version: number; name: string; statements: string[] };

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'feedback votes, search misses, rate limit',
    statements: [
      `CREATE TABLE IF NOT EXISTS feedback_votes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        url text NOT NULL CHECK (length(url) <= 300),
        helpful boolean NOT NULL,
        comment text CHECK (comment IS NULL OR length(comment) <= 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      'CREATE INDEX IF NOT EXISTS feedback_votes_url ON feedback_votes (url)',
      `CREATE TABLE IF NOT EXISTS search_misses (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        query text NOT NULL CHECK (length(query) <= 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE IF NOT EXISTS rate_limit_hits (
        bucket text PRIMARY KEY,
        expires_at timestamptz NOT NULL,
        hits integer NOT NULL
      )`,
      'CREATE INDEX IF NOT EXISTS rate_limit_hits_expires ON rate_limit_hits (expires_at)',
      'CREATE TABLE IF NOT EXISTS app_secrets (name text PRIMARY KEY, value text NOT NULL)',
      // gen_random_uuid() draws on the server's strong random source (core since PostgreSQL 13).
      `INSERT INTO app_secrets (name, value)
        VALUES ('rate_limit_salt', gen_random_uuid()::text || gen_random_uuid()::text)
        ON CONFLICT (name) DO NOTHING`,
    ],
  },
  {
    version: 2,
    name: 'one vote per client, article and day',
    statements: [
      'CREATE TABLE IF NOT EXISTS vote_salts (day date PRIMARY KEY, salt text NOT NULL)',
      `ALTER TABLE feedback_votes ADD COLUMN IF NOT EXISTS voter text CHECK (voter IS NULL OR voter ~ '^[0-9a-f]{64}$')`,
      'CREATE UNIQUE INDEX IF NOT EXISTS feedback_votes_voter ON feedback_votes (voter)',
    ],
  },
];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
