import { siteEnv } from './index';

type Env = ReturnType<typeof siteEnv>;

/** On Vercel without DATABASE_URL there is nowhere to write: the API answers 503 and pages show no widget. */
export const feedbackAvailable = (env: Env = siteEnv()): boolean => !(env.VERCEL && !env.DATABASE_URL);

/**
 * How many proxies in front of the server append to X-Forwarded-For, as Express's `trust proxy` counts them:
 * TRUST_PROXY's number, else one on Vercel (its edge sets the header to the client), else none.
 */
export const trustedProxies = (env: Env = siteEnv()): number => env.TRUST_PROXY ?? (env.VERCEL ? 1 : 0);
