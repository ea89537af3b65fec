// Compiles the content store alone (the prebuild does it with the check and the search index).
import { pathToFileURL } from 'node:url';
import { compileStore } from '@/lib/content';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  Object.assign(process.env, { NODE_ENV: 'production' });
  const started = performance.now();
  const { articles, shards } = compileStore();
  console.log(JSON.stringify({ articles, shards, seconds: (performance.now() - started) / 1000, peakMb: process.resourceUsage().maxRSS / 1024 }));
}
