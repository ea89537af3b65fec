// Compiles the content store alone (the prebuild does it with the check and the search index).
import { compileStore } from '@/lib/content';
import { isMain } from './main';

if (isMain(import.meta.url)) {
  Object.assign(process.env, { NODE_ENV: 'production' });
  const started = performance.now();
  const { articles, shards } = compileStore();
  console.log(
    JSON.stringify({
      articles,
      shards,
      seconds: (performance.now() - started) / 1000,
      peakMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}
