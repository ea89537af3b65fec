import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scanContent } from '@/pipeline/scan';
import { contentSubjects, subjectsProblem } from '@/pipeline/content/cloudcannon-subjects';
import { DESCRIPTION_LENGTH } from '@/pipeline/content/description';
import { seedSource, SEED_FILE } from '@/pipeline/content/__fixtures__/make';
import { splitFrontMatter } from '@/pipeline/content/parse';
import { readArticle } from '@/pipeline/check/file';
import { rawArticleSchema, relatedRefSchema } from '@/pipeline/content/schema';
import { renderMarkdown } from '@/pipeline/markdown/render';
import { RELATED_COUNT } from '@/lib/config/site';
import { slugify } from '@/lib/text/slug';
import { runCheck } from '@/pipeline/check/report';

const root = process.cwd();
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const loadConfig = () => yaml.load(read('cloudcannon.config.yml')) as CloudCannonConfig;
const OFFICIAL_SCHEMA = 'node_modules/@cloudcannon/configuration-types/dist/cloudcannon-config.latest.schema.json';

type Input = { type?: string; hidden?: boolean; options?: Record<string, unknown> };
type CloudCannonConfig = {
  collections_config: Record<
    string,
    Record<string, unknown> & { path: string; create: { path: string }; schemas: Record<string, { path: string }> }
  >;
  _inputs: Record<string, Input>;
  _select_data: { subjects: string[] };
  _structures: Record<string, { values: Structure[] }> & { source: { values: Structure[] } };
};
type Structure = { label?: string; value: Record<string, unknown>; _inputs?: Record<string, Input> };

// The schema's own annotations are not validation keywords; uniqueItems without a type is its own habit.
const ajv = new Ajv({ allErrors: true, strictTypes: false });
ajv.addVocabulary(['markdownDescription', 'excludeFromDocumentation']);
const validate = ajv.compile(JSON.parse(read(OFFICIAL_SCHEMA)));
const errorsOf = (config: unknown) =>
  validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('cloudcannon.config.yml', () => {
  it("validates against CloudCannon's published JSON Schema", () => {
    expect(errorsOf(loadConfig())).toEqual([]);
  });

  it('fails validation when broken on purpose', () => {
    const wrongType = loadConfig();
    (wrongType._inputs.question as Input).type = 'textbox';
    expect(errorsOf(wrongType).length).toBeGreaterThan(0);
    const unknownKey = loadConfig();
    (unknownKey.collections_config.articles as Record<string, unknown>).sort_by = 'date';
    expect(errorsOf(unknownKey)).toContain('/collections_config/articles must NOT have additional properties');
    const wrongOption = loadConfig();
    wrongOption._inputs.page_description!.options!.max_length = '160';
    expect(errorsOf(wrongOption).length).toBeGreaterThan(0);
  });

  it('points its collection at content/ and its schema at a file that exists', () => {
    const { articles } = loadConfig().collections_config;
    expect(articles?.path).toBe('content');
    expect(fs.existsSync(path.join(root, articles!.schemas.default!.path))).toBe(true);
  });

  it('offers exactly the subjects in content/ and describes the description rule', async () => {
    const config = loadConfig();
    // A new subject fails here with the file, the key and the command that fixes it (npm run cloudcannon:subjects).
    const problem = subjectsProblem(
      read('cloudcannon.config.yml'),
      contentSubjects((await scanContent({ threads: 0 })).articles),
    );
    expect(problem, problem).toBeUndefined();
    const { options } = config._inputs.page_description!;
    expect([options?.min_length, options?.max_length]).toEqual([DESCRIPTION_LENGTH.min, DESCRIPTION_LENGTH.max]);
    expect(config._inputs.answer?.type).toBe('markdown');
    expect([config._inputs.date?.type, config._inputs.updated?.type, config._inputs.draft?.type]).toEqual([
      'date',
      'date',
      'switch',
    ]);
  });
});

/** CloudCannon's documented `slugify` filter: non-alphanumerics to hyphens, collapsed, trimmed. */
const cloudCannonSlugify = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
const deburr = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
const FILTERS: Record<string, (text: string) => string> = {
  slugify: cloudCannonSlugify,
  deburr,
  lowercase: (t) => t.toLowerCase(),
};

/** Fills a create path's `{key|filter|…}` placeholders from a file's data, as CloudCannon does. */
function createPath(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{([^}|]+)((?:\|[a-z_]+)*)\}/g, (_, key: string, filters: string) =>
    filters
      .split('|')
      .filter(Boolean)
      .reduce((text, name) => FILTERS[name]!(text), String(data[key] ?? '')),
  );
}

describe('the CloudCannon schema for new articles', () => {
  const config = loadConfig();
  const schemaSource = read(config.collections_config.articles!.schemas.default!.path);
  const template = yaml.load(splitFrontMatter(schemaSource)!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  // Fields the CMS offers before the content schema reads them; listing them early keeps a save
  // from deleting them. The test tolerates only this direction: every key the zod schema reads must be listed.
  const AHEAD_OF_ZOD: string[] = [];

  const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> | undefined => {
    let node: unknown = schema;
    for (let i = 0; i < 5 && node; i++) {
      if (node instanceof z.ZodObject) return node.shape as Record<string, z.ZodType>;
      if (node instanceof z.ZodArray) node = node.element;
      else if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault)
        node = node.unwrap();
      else return undefined;
    }
    return undefined;
  };

  it('lists every key the content schema reads, and an input for each', () => {
    const missing: string[] = [];
    const noInput: string[] = [];
    // A list's items are edited through the structures its input names; each carries its own inputs. Every key
    // of the item must be in one of them (a practice item is a choice item or a recall item).
    const structuresOf = (input: Input | undefined): Structure[] => {
      const name = String(input?.options?.structures ?? '').replace(/^_structures\./, '');
      return config._structures[name]?.values ?? [];
    };
    const visit = (
      shape: Record<string, z.ZodType>,
      data: Record<string, unknown>,
      prefix: string,
      inputs: Record<string, Input> = config._inputs,
    ) => {
      for (const [key, field] of Object.entries(shape)) {
        if (!(key in data)) missing.push(prefix + key);
        if (!(key in inputs)) noInput.push(prefix + key);
        const inner = shapeOf(field);
        const value = data[key];
        const structures = Array.isArray(value) ? structuresOf(inputs[key]) : [];
        if (Array.isArray(value) && inner && structures.length === 0) noInput.push(`${prefix}${key}[]`);
        const nested = structures.length > 0 ? Object.assign({}, ...structures.map((s) => s.value)) : value;
        const nestedInputs = structures.length > 0 ? Object.assign({}, ...structures.map((s) => s._inputs)) : inputs;
        if (inner && nested && typeof nested === 'object')
          visit(inner, nested as Record<string, unknown>, `${prefix}${key}.`, nestedInputs);
      }
    };
    visit(rawArticleSchema.shape, template, '');
    for (let n = 1; n <= RELATED_COUNT; n++) {
      const key = `related_article${n}`;
      if (!(key in config._inputs)) noInput.push(key);
      visit(relatedRefSchema.shape, (template[key] ?? {}) as Record<string, unknown>, `${key}.`);
    }
    expect(missing).toEqual([]);
    expect(noInput).toEqual([]);
  });

  it('adds only keys the content schema reads or is about to read', () => {
    const known = new Set([...Object.keys(rawArticleSchema.shape), ...AHEAD_OF_ZOD, '_schema']);
    const extra = Object.keys(template).filter((key) => !known.has(key) && !/^related_article[1-5]$/.test(key));
    expect(extra).toEqual([]);
    expect(Object.keys(config._structures.source.values[0]!.value)).toEqual(['title', 'url', 'publisher', 'year']);
  });

  it('gives every existing subject the same folder as the site, so a new file lands where its url says', () => {
    const { create } = config.collections_config.articles!;
    for (const subject of config._select_data.subjects) {
      expect(createPath(create.path, { subject, file_name: 'x.md' })).toBe(`${slugify(subject)}/x.md`);
    }
  });

  const structure = (name: string, label: string) =>
    config._structures[name]!.values.find((value) => value.label === label)!.value;

  describe('a file created from it and saved the way CloudCannon saves', () => {
    const dirs: string[] = [];
    afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

    it('passes npm run check', async () => {
      const question = "How do decision-making models handle a team's risk?";
      const slug = slugify(question);
      const data = {
        ...template,
        id: 90001,
        date: '2025-03-04T00:00:00.000Z',
        title: question,
        article_title: question,
        seo: {
          title: 'QuickTakes | Business and Management',
          page_description:
            'How rational, bounded-rationality and intuitive decision-making models weigh risk, ' +
            'and how a team can choose the one that fits its situation.',
          page_keywords: 'decision making, risk, teams, management',
        },
        question,
        answer:
          'Teams weigh risk in three ways.\n\n1. **Rational models** list every option.\n' +
          '2. **Bounded rationality** stops at good enough.\n\nEach fits a different situation.',
        subject: 'Business and Management',
        file_name: `${slug}.md`,
        url: `/learn/business-and-management/questions/${slug}`,
        // Filled in from the structures, as the data editor saves them (a choice's switch left off is `false`).
        practice: [
          {
            ...structure('practice', 'Multiple choice'),
            question: 'Which model stops at the first option that is good enough?',
            choices: [
              { ...structure('practice_choice', 'Choice'), text: 'Rational decision making' },
              { ...structure('practice_choice', 'Choice'), text: 'Bounded rationality', correct: true },
            ],
            explanation: 'Bounded rationality *satisfices*: it accepts the first option that meets the need.',
          },
          {
            ...structure('practice', 'Recall'),
            question: 'What does a rational model list before choosing?',
            answer: 'Every option',
            explanation: 'It compares all the options on every criterion.',
          },
        ],
      };
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudcannon-'));
      dirs.push(dir);
      const file = path.join(dir, createPath(config.collections_config.articles!.create.path, data));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n&nbsp;\n`);
      expect(path.relative(dir, file)).toBe(`business-and-management/${slug}.md`);

      const lines: string[] = [];
      expect(await runCheck(dir, (line) => lines.push(line), { cache: false })).toBe(0);
      const { article } = readArticle(path.relative(dir, file), fs.readFileSync(file, 'utf8'));
      expect(article?.publishedAt).toBe('2025-03-04');
      expect(article?.relatedRefs).toEqual([]);
      expect(article?.practice.map((item) => item.kind)).toEqual(['choice', 'recall']);
    });
  });
});

describe('the answer in either style', () => {
  it('renders the same HTML from a CloudCannon block scalar as from the folded \\n style', () => {
    const folded = readArticle(SEED_FILE, seedSource).article!;
    const [, answerLine = ''] = /^answer: >-\n {4}(.*)$/m.exec(seedSource) ?? [];
    const realNewlines = answerLine.replace(/\\n/g, '\n');
    const block = `answer: |-\n${realNewlines
      .split('\n')
      .map((line) => (line ? `  ${line}` : ''))
      .join('\n')}`;
    const cmsSource = seedSource
      .replace(/^answer: >-\n {4}.*$/m, block)
      .replace('date: 2024-12-03', 'date: 2024-12-03T00:00:00.000Z\nupdated:\ndraft: false\nsources: []');
    expect(cmsSource).toContain('answer: |-\n  Operations management (OM)');
    expect(cmsSource).not.toMatch(/^answer:.*\\n/m);

    const cms = readArticle(SEED_FILE, cmsSource).article!;
    expect(cms.answerMarkdown).toBe(folded.answerMarkdown);
    expect(renderMarkdown(cms.answerMarkdown)).toBe(renderMarkdown(folded.answerMarkdown));
    expect(renderMarkdown(cms.answerMarkdown)).toContain('<ol>');
    expect(cms.publishedAt).toBe(folded.publishedAt);
  });
});
