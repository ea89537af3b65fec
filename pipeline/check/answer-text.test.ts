import { describe, expect, it } from 'vitest';
import { SEED_FILE, seedSource } from '../content/__fixtures__/make';
import { ANSWER_PLACEHOLDER } from './answer-text';
import { readArticle } from '@/pipeline/check/file';
import { formatProblem } from '../content/problems';

const withAnswer = (answer: string) => seedSource.replace(/answer: >-\n {4}.*\n/, answer);
const answerProblems = (source: string) =>
  readArticle(SEED_FILE, source)
    .problems.filter((p) => p.field === 'answer')
    .map((p) => formatProblem(p, ''));

describe('a folded answer written with real line breaks', () => {
  it('warns at the first list item YAML joins into the line above', () => {
    const source = withAnswer(
      'answer: >-\n    Operations management helps in two ways:\n    - Process optimization.\n    - Resource allocation.\n',
    );
    expect(readArticle(SEED_FILE, source).article?.answerMarkdown).toBe(
      'Operations management helps in two ways: - Process optimization. - Resource allocation.',
    );
    expect(answerProblems(source)).toEqual([
      `${SEED_FILE}:22: answer: is folded (>-), so YAML joins its lines: the list item on this line runs into ` +
        `the line above. Write \`answer: |-\` to keep the line breaks (the page renders it the same), or end the line above with \\n`,
    ]);
    expect(answerProblems(withAnswer('answer: >\n    Steps:\n    1. Plan.\n    2. Do.\n'))[0]).toMatch(
      /:22: answer: is folded \(>\), so YAML joins its lines: the list item/,
    );
  });

  it('warns at a paragraph after a blank line, which folding turns into one line break', () => {
    const source = withAnswer('answer: >-\n    Operations management helps.\n\n    In summary, it matters.\n');
    expect(readArticle(SEED_FILE, source).article?.answerMarkdown).toBe(
      'Operations management helps.\nIn summary, it matters.',
    );
    expect(answerProblems(source)).toEqual([
      `${SEED_FILE}:23: answer: is folded (>-), so YAML joins its lines: the blank line above this one is no ` +
        `paragraph break. Write \`answer: |-\` to keep the line breaks (the page renders it the same), or write \\n\\n between paragraphs`,
    ]);
  });

  it('names other Markdown that needs its own line: a heading, a code fence, a table row, a quote', () => {
    const kinds = ['## Heading', '```js', '| a | b |', '> quoted'].map(
      (line) =>
        answerProblems(withAnswer(`answer: >-\n    Intro.\n    ${line}\n`))[0]?.match(/the (.+) on this line/)?.[1],
    );
    expect(kinds).toEqual(['heading', 'code fence', 'table row', 'quote']);
  });

  it('does not warn where YAML keeps the break: around more-indented lines', () => {
    const source = withAnswer('answer: >-\n    Intro:\n      - one\n      - two\n    - three\n');
    expect(readArticle(SEED_FILE, source).article?.answerMarkdown).toBe('Intro:\n  - one\n  - two\n- three');
    expect(answerProblems(source)).toEqual([]);
  });

  it('does not warn on the seed (one folded line with \\n sequences), a literal block, or a wrapped paragraph', () => {
    expect(answerProblems(seedSource)).toEqual([]);
    expect(
      answerProblems(withAnswer('answer: |-\n    Two ways:\n    - One.\n    - Two.\n\n    In summary.\n')),
    ).toEqual([]);
    expect(
      answerProblems(withAnswer('answer: >-\n    A survey of firms, published in\n    2024. found the same.\n')),
    ).toEqual([]);
  });
});

describe("npm run new's placeholder answer", () => {
  it('warns while it is there, at the answer line', () => {
    const scaffolded = withAnswer(`answer: |-\n${ANSWER_PLACEHOLDER.map((l) => (l ? `    ${l}` : '')).join('\n')}\n`);
    expect(answerProblems(scaffolded)).toEqual([
      `${SEED_FILE}:20: answer: still holds npm run new's placeholder: replace it with the answer (a build refuses it)`,
    ]);
    const halfDone = withAnswer(`answer: |-\n    Osmosis moves water.\n\n    ${ANSWER_PLACEHOLDER[2]}\n`);
    expect(answerProblems(halfDone)).toHaveLength(1);
    expect(
      answerProblems(withAnswer('answer: |-\n    Osmosis moves water.\n\n    1. **First point**: it balances.\n')),
    ).toEqual([]);
  });
});
