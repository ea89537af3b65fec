import { z } from 'zod';

/**
 * The database's and the feedback API's environment, validated like lib/config.ts: a bad value throws
 * with the variable's name. Kept apart from lib/config.ts so the content code never loads it.
 */
const unset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const schema = z.object({
  /** postgres://user:password@host:port/database: a real PostgreSQL; unset means the embedded PGlite. */
  DATABASE_URL: z.preprocess(
    unset,
    z
      .string()
      .trim()
      .refine((v) => URL.canParse(v) && /^postgres(ql)?:$/.test(new URL(v).protocol), {
        error: 'must be a postgres:// or postgresql:// URL',
      })
      .optional(),
  ),
  /** Where the embedded PGlite keeps its files; default .data/pglite under the working folder. */
  PGLITE_DIR: z.preprocess(unset, z.string().optional()),
  /** Set by Vercel: the file system is read-only and the first X-Forwarded-For entry is the client. */
  VERCEL: z.preprocess(unset, z.string().optional()),
  /** 1 when a reverse proxy you run sets X-Forwarded-For: its first entry is then the client. */
  TRUST_PROXY: z.preprocess(unset, z.enum(['0', '1'], { error: 'must be 0 or 1' }).optional()),
});

export type DbEnv = z.infer<typeof schema>;

export function dbEnv(env: Record<string, string | undefined> = process.env): DbEnv {
  const parsed = schema.safeParse({
    DATABASE_URL: env.DATABASE_URL,
    PGLITE_DIR: env.PGLITE_DIR,
    VERCEL: env.VERCEL,
    TRUST_PROXY: env.TRUST_PROXY,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${String(issue.path[0])}: ${issue.message}`);
    throw new Error(`invalid environment variable:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** On Vercel without DATABASE_URL there is nowhere to write: the API answers 503 and pages show no widget. */
export const feedbackAvailable = (env = dbEnv()): boolean => !(env.VERCEL && !env.DATABASE_URL);

/** Whether X-Forwarded-For's first entry names the client (Vercel, or TRUST_PROXY=1). */
export const trustProxy = (env = dbEnv()): boolean => Boolean(env.VERCEL) || env.TRUST_PROXY === '1';
