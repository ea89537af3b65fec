import { z } from 'zod';

/**
 * Every environment variable the site, its build and its tools read, validated here: a bad value stops
 * the process with a message naming the variable instead of quietly falling back to a default.
 * Values are read on each call (scripts set NODE_ENV or CONTENT_DIR before loading content) and the
 * parsed result is reused while the raw values stay the same.
 */

/** An empty value counts as unset, as the shell's `VAR= cmd` means. */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const wholeNumber = (min: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number of ${what} (${min} or more)` })
    .transform(Number)
    .refine((n) => n >= min, { error: `must be a whole number of ${what} (${min} or more)` });

const port = wholeNumber(1, 'a port').refine((n) => n <= 65535, { error: 'must be a port number (1-65535)' });

const httpUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    error: 'must be an absolute http(s) URL such as https://learn.example.org',
  });

// The site is served at the root of its host, so a path (https://example.org/docs) would be dropped from every link.
const originUrl = httpUrl.refine(
  (value) => {
    if (!URL.canParse(value)) return true; // reported by httpUrl
    const url = new URL(value);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  },
  {
    error:
      'must be an origin without a path, query or credentials, such as https://learn.example.org: the site is ' +
      'served at the root of its host',
  },
);

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
    error: 'must be a postgres:// or postgresql:// URL',
  });

const SITE_ENV = {
  /** Public base URL of the site: an origin (scheme and host), no path. */
  SITE_URL: unsetIfEmpty(originUrl),
  /** Set by Vercel: the production domain, without a scheme. */
  VERCEL_PROJECT_PRODUCTION_URL: unsetIfEmpty(z.string().trim()),
  /** Read articles from another folder than content/. */
  CONTENT_DIR: unsetIfEmpty(z.string()),
  /** Articles prerendered at build; the rest render on first request. */
  PRERENDER_LIMIT: unsetIfEmpty(wholeNumber(0, 'articles')),
  /** Worker threads for parsing and rendering in the prebuild (0: none); default one per core, above 2,000 files. */
  CONTENT_WORKERS: unsetIfEmpty(wholeNumber(0, 'threads')),
  /** 0 skips the parse cache in .next/cache/content. */
  CONTENT_CACHE: unsetIfEmpty(z.enum(['0', '1'], { error: 'must be 0 (no parse cache) or 1' })),
  /** Where the build keeps its caches instead of .next/cache (the tests use a temporary folder). */
  CONTENT_CACHE_DIR: unsetIfEmpty(z.string().trim()),
  /** standalone builds .next/standalone. */
  NEXT_OUTPUT: unsetIfEmpty(z.enum(['standalone'], { error: 'must be standalone or unset' })),
  /** The build's folder, so the benchmark can build beside the real build. */
  NEXT_DIST_DIR: unsetIfEmpty(z.string().trim()),
  /** Worker processes next build starts. */
  BUILD_CPUS: unsetIfEmpty(wholeNumber(1, 'CPUs')),
  /** postgres://user:password@host:port/database for readers' votes; unset means the embedded PGlite. */
  DATABASE_URL: unsetIfEmpty(postgresUrl),
  /** Where the embedded PGlite keeps its files; default .data/pglite under the working folder. */
  PGLITE_DIR: unsetIfEmpty(z.string()),
  /** Set by Vercel: the file system is read-only, and Vercel's edge sets X-Forwarded-For to the client. */
  VERCEL: unsetIfEmpty(z.string()),
  /** How many proxies in front of the server append to X-Forwarded-For (0: none; the connection is the client). */
  TRUST_PROXY: unsetIfEmpty(wholeNumber(0, 'proxies')),
  NODE_ENV: unsetIfEmpty(
    z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }),
  ),
};

const TOOL_ENV = {
  CI: unsetIfEmpty(z.string()),
  E2E_PORT: unsetIfEmpty(port),
  STANDALONE_PORT: unsetIfEmpty(port),
  LOADTEST_PORT: unsetIfEmpty(port),
  LOADTEST_SECONDS: unsetIfEmpty(wholeNumber(1, 'seconds')),
  LOADTEST_LOG: unsetIfEmpty(z.string()),
  LIGHTHOUSE_PORT: unsetIfEmpty(port),
  /** A Chromium for Lighthouse, Playwright and the benchmark; else Playwright's own, else /usr/bin/chromium. */
  CHROME_PATH: unsetIfEmpty(z.string()),
  PLAYWRIGHT_CHROMIUM_PATH: unsetIfEmpty(z.string()),
  SEARCH_DESIGN: unsetIfEmpty(z.enum(['shards', 'pagefind'], { error: 'must be shards or pagefind' })),
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function reader<S extends z.ZodRawShape>(shape: S) {
  const schema = z.object(shape);
  const keys = Object.keys(shape);
  let last: { raw: string; value: z.infer<typeof schema> } | undefined;
  return (env: Record<string, string | undefined> = process.env): z.infer<typeof schema> => {
    const picked = Object.fromEntries(keys.map((key) => [key, env[key]]));
    const raw = JSON.stringify(picked);
    if (last?.raw === raw) return last.value;
    const parsed = schema.safeParse(picked);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        return `  ${key}=${JSON.stringify(picked[key])}: ${issue.message}`;
      });
      throw new ConfigError(`invalid environment variable${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
    }
    last = { raw, value: parsed.data };
    return parsed.data;
  };
}

/** Every variable read here, for .env.example (lib/config/env-example.test.ts). */
export const ENV_KEYS = { site: Object.keys(SITE_ENV), tools: Object.keys(TOOL_ENV) };

/** The site's and the build's settings. */
export const siteEnv = reader(SITE_ENV);
/** The test and benchmark tools' settings. */
export const toolEnv = reader(TOOL_ENV);

/** From the measured curve at 100,000 articles (docs/deploy.md): each article built ahead adds 18 files to a deploy. */
export const DEFAULT_PRERENDER_LIMIT = 1_000;

export const prerenderLimit = () => siteEnv().PRERENDER_LIMIT ?? DEFAULT_PRERENDER_LIMIT;
