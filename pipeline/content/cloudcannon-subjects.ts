import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { scanContent } from '@/pipeline/scan';
import type { Article } from './types';

/** Where CloudCannon's subject select reads its values: the file and the key a writer would edit. */
export const CLOUDCANNON_CONFIG = 'cloudcannon.config.yml';
export const SUBJECTS_KEY = '_select_data.subjects';
export const SUBJECTS_COMMAND = 'npm run cloudcannon:subjects';

const BLOCK = /^(_select_data:\n {2}subjects:\n)((?: {4}- .*\n)*)/m;

/** Each subject's name as its articles spell it (the most common spelling of a folder), sorted. */
export function contentSubjects(articles: readonly Pick<Article, 'subject' | 'subjectSlug'>[]): string[] {
  const names = new Map<string, Map<string, number>>();
  for (const { subject, subjectSlug } of articles) {
    const counts = names.get(subjectSlug) ?? new Map<string, number>();
    counts.set(subject, (counts.get(subject) ?? 0) + 1);
    names.set(subjectSlug, counts);
  }
  return [...names.values()]
    .map((counts) => [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0])
    .sort((a, b) => a.localeCompare(b));
}

/** The list the config offers now. */
export function configSubjects(configText: string): string[] {
  const config = yaml.load(configText) as { _select_data?: { subjects?: unknown } } | undefined;
  const list = config?._select_data?.subjects;
  return Array.isArray(list) ? list.map(String) : [];
}

/** The config with its subject list replaced, everything else (comments included) kept as written. */
export function writeConfigSubjects(configText: string, subjects: readonly string[]): string {
  if (!BLOCK.test(configText))
    throw new Error(`${CLOUDCANNON_CONFIG}: no "${SUBJECTS_KEY}" block at the top level to rewrite`);
  const items = subjects.map((name) => `    - ${yaml.dump(name, { lineWidth: -1 }).trimEnd()}\n`).join('');
  return configText.replace(BLOCK, (_, head: string) => head + items);
}

/** A message naming the file, the key and the command when the config's list differs from content/'s subjects. */
export function subjectsProblem(configText: string, subjects: readonly string[]): string | undefined {
  const listed = configSubjects(configText);
  const missing = subjects.filter((name) => !listed.includes(name));
  const extra = listed.filter((name) => !subjects.includes(name));
  if (missing.length === 0 && extra.length === 0 && listed.length === subjects.length) return undefined;
  const parts = [
    missing.length > 0 && `missing ${missing.map((n) => JSON.stringify(n)).join(', ')}`,
    extra.length > 0 && `no article has ${extra.map((n) => JSON.stringify(n)).join(', ')}`,
    missing.length + extra.length === 0 && 'a subject is listed twice',
  ].filter(Boolean);
  return (
    `${CLOUDCANNON_CONFIG}: ${SUBJECTS_KEY} does not match the subjects in content/ (${parts.join('; ')}). ` +
    `Run \`${SUBJECTS_COMMAND}\` to rewrite the list, or edit ${SUBJECTS_KEY} in ${CLOUDCANNON_CONFIG} by hand.`
  );
}

/** Rewrites the config's subject list from the articles' subjects (`check`: only reports a difference). */
export async function syncCloudCannonSubjects(options: { check?: boolean; root?: string; dir?: string } = {}) {
  const file = path.join(options.root ?? process.cwd(), CLOUDCANNON_CONFIG);
  const text = fs.readFileSync(file, 'utf8');
  // Articles with errors still name their subject: the list can be fixed while another problem is.
  const subjects = contentSubjects((await scanContent({ dir: options.dir, threads: 0 })).articles);
  const problem = subjectsProblem(text, subjects);
  if (problem && !options.check) fs.writeFileSync(file, writeConfigSubjects(text, subjects));
  return { subjects, problem };
}
