import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  configSubjects,
  contentSubjects,
  subjectsProblem,
  syncCloudCannonSubjects,
  writeConfigSubjects,
} from './cloudcannon-subjects';

const CONFIG = fs.readFileSync(path.join(process.cwd(), 'cloudcannon.config.yml'), 'utf8');
const bundled = configSubjects(CONFIG);

describe("CloudCannon's subject list", () => {
  it('names the file, the key and the command when a subject is added or gone', () => {
    expect(subjectsProblem(CONFIG, bundled)).toBeUndefined();
    expect(subjectsProblem(CONFIG, [...bundled, 'Astronomy'].sort())).toBe(
      'cloudcannon.config.yml: _select_data.subjects does not match the subjects in content/ (missing "Astronomy"). ' +
        'Run `npm run cloudcannon:subjects` to rewrite the list, or edit _select_data.subjects in cloudcannon.config.yml by hand.',
    );
    expect(subjectsProblem(CONFIG, bundled.slice(1))).toContain(`(no article has "${bundled[0]}")`);
  });

  it('rewrites only the list, keeping every other line and comment, and quotes names YAML would misread', () => {
    const subjects = [...bundled, 'Astronomy', 'Art: History', 'Yes'].sort();
    const written = writeConfigSubjects(CONFIG, subjects);
    expect(configSubjects(written)).toEqual(subjects);
    expect(subjectsProblem(written, subjects)).toBeUndefined();
    const others = (text: string) => text.split('\n').filter((line) => !line.startsWith('    - '));
    expect(others(written)).toEqual(others(CONFIG));
    expect(writeConfigSubjects(written, bundled)).toBe(CONFIG);
    expect(() => writeConfigSubjects('timezone: Etc/UTC\n', bundled)).toThrow('no "_select_data.subjects" block');
  });

  it("takes each folder's most common spelling, sorted", () => {
    const a = (subject: string, subjectSlug: string) => ({ subject, subjectSlug });
    expect(
      contentSubjects([a('Physics', 'physics'), a('physics', 'physics'), a('Physics', 'physics'), a('Art', 'art')]),
    ).toEqual(['Art', 'Physics']);
  });
});

describe('npm run cloudcannon:subjects', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks without writing, then rewrites the list in cloudcannon.config.yml', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-subjects-'));
    dirs.push(root);
    const stale = writeConfigSubjects(CONFIG, bundled.slice(1));
    fs.writeFileSync(path.join(root, 'cloudcannon.config.yml'), stale);
    const checked = await syncCloudCannonSubjects({ check: true, root });
    expect(checked.problem).toContain(`missing "${bundled[0]}"`);
    expect(fs.readFileSync(path.join(root, 'cloudcannon.config.yml'), 'utf8')).toBe(stale);
    expect((await syncCloudCannonSubjects({ root })).problem).toBeDefined();
    expect(fs.readFileSync(path.join(root, 'cloudcannon.config.yml'), 'utf8')).toBe(CONFIG);
    expect((await syncCloudCannonSubjects({ check: true, root })).problem).toBeUndefined();
  });
});
