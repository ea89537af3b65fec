// Runs before every next build (locally and on Vercel): the content check, then the search index.
import { buildSearchIndex } from './search-index';
import { runCheck } from './check';

Object.assign(process.env, { NODE_ENV: 'production' });
// Errors fail the build with the same lines as npm run check; warnings are left to npm run check.
if (runCheck(undefined, console.log, false) !== 0) {
  process.exitCode = 1;
} else {
  const started = Date.now();
  const { articles } = await buildSearchIndex();
  console.log(`search index: ${articles} articles in ${Date.now() - started} ms`);
}
