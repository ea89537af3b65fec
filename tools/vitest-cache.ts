import fs from 'node:fs';
import type { TestProject } from 'vitest/node';

/** Removes the run's cache folder (vitest.config.ts sets CONTENT_CACHE_DIR) when the run ends. */
export default function setup(project: TestProject) {
  const dir = project.config.env.CONTENT_CACHE_DIR;
  return () => {
    if (typeof dir === 'string' && dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
