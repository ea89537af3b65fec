import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// npm audit cannot reach an advisory service from these machines, so the floors live in the repo.
type Floor = { package: string; major: number; floor: string; advisory: string };
const floors = JSON.parse(fs.readFileSync('tools/dependency-floors.json', 'utf8')) as Floor[];
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

const parse = (version: string) => version.split(/[.+-]/).slice(0, 3).map(Number) as [number, number, number];
const atLeast = (version: string, floor: string) => {
  const [a, b] = [parse(version), parse(floor)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

function installed(name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    .map(([, entry]) => entry.version ?? '0.0.0');
}

describe('installed versions are at or above their advisory floors', () => {
  it('compares versions numerically', () => {
    expect(atLeast('16.10.0', '16.4.6')).toBe(true);
    expect(atLeast('16.4.5', '16.4.6')).toBe(false);
    expect(atLeast('3.14.2', '3.14.2')).toBe(true);
  });

  it.each(floors.map((f) => [`${f.package}@${f.major}.x >= ${f.floor} (${f.advisory})`, f] as const))(
    '%s',
    (_, floor) => {
      const all = installed(floor.package);
      // A major above the floor's must get its own floor (an advisory may cover it): it fails until one is written.
      const above = all.filter(
        (v) => parse(v)[0] > floor.major && !floors.some((f) => f.package === floor.package && f.major === parse(v)[0]),
      );
      expect(above, `${floor.package}: installed majors above ${floor.major} have no floor`).toEqual([]);
      for (const version of all.filter((v) => parse(v)[0] === floor.major))
        expect(atLeast(version, floor.floor), `${floor.package}@${version}`).toBe(true);
    },
  );

  it('finds next, react and js-yaml in the lockfile', () => {
    for (const name of ['next', 'react', 'react-dom', 'js-yaml']) expect(installed(name).length).toBeGreaterThan(0);
  });
});
