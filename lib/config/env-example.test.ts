import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_KEYS, siteEnv, toolEnv } from './index';

/** Variables Next reads itself, documented in .env.example though lib/config never reads them. */
const NEXT_OWN = ['PORT'];

const example = fs.readFileSync(path.join(process.cwd(), '.env.example'), 'utf8');
/** `KEY=value` lines, commented out or not. */
const entries = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, key, value]) => ({
  key: key!,
  value: value!.trim(),
}));

describe('.env.example', () => {
  it('lists every variable lib/config/index.ts reads, and no other', () => {
    const listed = entries.map((entry) => entry.key);
    expect(new Set(listed).size, 'a variable listed twice').toBe(listed.length);
    const missing = [...ENV_KEYS.site, ...ENV_KEYS.tools].filter((key) => !listed.includes(key));
    const unknown = listed.filter(
      (key) => !NEXT_OWN.includes(key) && ![...ENV_KEYS.site, ...ENV_KEYS.tools].includes(key),
    );
    expect({ missing, unknown }, 'add the variable to .env.example, or remove it there').toEqual({
      missing: [],
      unknown: [],
    });
  });

  it('gives example values the config accepts', () => {
    const values = Object.fromEntries(entries.map((entry) => [entry.key, entry.value]));
    expect(() => siteEnv(values)).not.toThrow();
    expect(() => toolEnv(values)).not.toThrow();
    expect(Number(values.PORT)).toBeGreaterThan(0);
  });
});
