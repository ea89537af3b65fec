// Runs before every next build (locally and on Vercel): the content check, the compiled content store, the search index.
import { ConfigError, siteEnv } from '@/lib/config';
import { compileStore } from '@/lib/content';
import { buildSearchIndex } from './search-index';
import { runCheck } from './check';

Object.assign(process.env, { NODE_ENV: 'production' });
try {
  siteEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`npm run build: ${error.message}`);
  process.exit(1);
}
// Errors fail the build with the same lines as npm run check; warnings are left to npm run check.
if (runCheck(undefined, console.log, false) !== 0) {
  process.exitCode = 1;
} else {
  let started = Date.now();
  const store = compileStore();
  console.log(`content store: ${store.articles} articles in ${store.shards} shards in ${Date.now() - started} ms`);
  started = Date.now();
  const { articles } = await buildSearchIndex();
  console.log(`search index: ${articles} articles in ${Date.now() - started} ms`);
}
