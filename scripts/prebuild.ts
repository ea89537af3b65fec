// npm run prebuild (before every next build): check, store, search index. `--store DIR --search DIR` write elsewhere
// and `--json` prints the figures as a last JSON line (the bench).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, siteEnv } from '@/lib/config';
import { prebuild } from '@/pipeline/prebuild';

const { values: args } = parseArgs({
  options: { store: { type: 'string' }, search: { type: 'string' }, json: { type: 'boolean' } },
});
// Both steps replace their folder whole: refuse one that holds anything but an earlier store or index.
for (const flag of ['store', 'search'] as const) {
  const folder = args[flag];
  const entries = folder && fs.existsSync(folder) ? fs.readdirSync(folder) : [];
  if (entries.length > 0 && !entries.includes('manifest.json')) {
    console.error(
      `--${flag} ${folder}: not empty and not a ${flag === 'store' ? 'content store' : 'search index'}; give a new folder`,
    );
    process.exit(1);
  }
}
try {
  siteEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`npm run build: ${error.message}`);
  process.exit(1);
}
const figures = await prebuild({
  ...(args.store ? { store: path.resolve(args.store) } : {}),
  ...(args.search ? { search: path.resolve(args.search) } : {}),
});
if (!figures) process.exitCode = 1;
else if (args.json) console.log(JSON.stringify(figures));
