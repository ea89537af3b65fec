// Preloaded into the standalone server by the cold-start test: records every file path the process
// opens, reads, lists or stats that is Markdown or under a content/ folder.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const log = process.env.FS_SPY_LOG;
const watch = (p) => {
  const file = String(p instanceof URL ? p.pathname : p);
  if (/\.md$/i.test(file) || /(^|[\\/])content([\\/]|$)/.test(file)) fs.appendFileSync(log, `${file}\n`);
};
for (const name of [
  'readFileSync',
  'readFile',
  'openSync',
  'open',
  'readdirSync',
  'readdir',
  'statSync',
  'stat',
  'existsSync',
  'createReadStream',
]) {
  const original = fs[name];
  fs[name] = function (p, ...rest) {
    if (typeof p === 'string' || p instanceof URL) watch(p);
    return original.call(this, p, ...rest);
  };
}
for (const name of ['readFile', 'open', 'readdir', 'stat']) {
  const original = fs.promises[name];
  fs.promises[name] = function (p, ...rest) {
    if (typeof p === 'string' || p instanceof URL) watch(p);
    return original.call(this, p, ...rest);
  };
}
syncBuiltinESMExports();
