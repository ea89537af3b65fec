import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** True when the module at `moduleUrl` is the script node or tsx was started with (paths with spaces included). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(path.resolve(entry)).href;
}
