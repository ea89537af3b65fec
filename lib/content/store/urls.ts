import fs from 'node:fs';
import path from 'node:path';
import { urlKey } from './format';

let keys: BigUint64Array | undefined;

/**
 * The store's URL index, loaded once per process. The literal path lets the tracer put this one file
 * (8 bytes an article) into the proxy's function; it must match STORE_FOLDER.
 */
function loadKeys(): BigUint64Array {
  if (keys) return keys;
  const bytes = fs.readFileSync(path.join(process.cwd(), '.content-store', 'urls.bin'));
  // Copied so the array is 8-byte aligned whatever buffer pool readFileSync used; the file is little-endian.
  return (keys = new BigUint64Array(new Uint8Array(bytes).buffer, 0, bytes.length / 8));
}

/** Whether the build compiled an article at this URL: a binary search of the sorted URL keys. */
export function storeHas(url: string): boolean {
  const sorted = loadKeys();
  const key = urlKey(url);
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = sorted[mid] as bigint;
    if (value === key) return true;
    if (value < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
