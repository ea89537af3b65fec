import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { makeSource } from '@/pipeline/content/__fixtures__/make';
import { formatProblem } from '@/pipeline/content/problems';
import { readArticle } from './file';

type Item = Record<string, unknown>;

const choiceItem = (overrides: Item = {}): Item => ({
  question: 'Which law explains why passengers lurch forward when a bus brakes?',
  choices: [{ text: 'The second law' }, { text: 'The first law', correct: true }, { text: 'The third law' }],
  explanation: 'Inertia keeps the passengers moving while the bus slows down.',
  ...overrides,
});
const recallItem = (overrides: Item = {}): Item => ({
  question: 'What is the net force on a 10 kg box accelerating at $3\\ \\text{m/s}^2$?',
  answer: '30 N',
  explanation: '$F = ma = 10 \\times 3 = 30$ N.',
  ...overrides,
});

/** An article whose front matter ends with `practice:` holding `items`. */
const sourceWith = (items: unknown) => makeSource({ extra: yaml.dump({ practice: items }, { lineWidth: -1 }) }).source;

/** What npm run check prints for the article: `content/<file>:<line>: <field>: <message>`, warnings marked. */
function check(items: unknown): string[] {
  const { problems } = readArticle('biology/what-is-osmosis.md', sourceWith(items));
  return problems.map((p) =>
    formatProblem({ ...p, message: `${p.severity === 'warning' ? 'warning: ' : ''}${p.message}` }),
  );
}

/** The file line of the first line holding `text` (the front matter starts on line 2 after `---`). */
const lineOf = (items: unknown, text: string) =>
  sourceWith(items)
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;

const at = (line: number, field: string, message: string) =>
  `content/biology/what-is-osmosis.md:${line}: ${field}: ${message}`;

describe('practice items in front matter', () => {
  it('accepts a choice item and a recall item, and no practice at all', () => {
    expect(check([choiceItem(), recallItem()])).toEqual([]);
    expect(check([])).toEqual([]);
    const { article } = readArticle('biology/what-is-osmosis.md', sourceWith([choiceItem(), recallItem()]));
    expect(article?.practice.map((item) => item.kind)).toEqual(['choice', 'recall']);
    expect(article?.practice[0]).toMatchObject({
      choices: [{ correct: false }, { correct: true }, { correct: false }],
    });
  });

  it('refuses a choice item without exactly one correct choice', () => {
    const none = [choiceItem({ choices: [{ text: 'A' }, { text: 'B' }] }), recallItem()];
    expect(check(none)).toEqual([
      at(
        lineOf(none, 'choices:'),
        'practice[0].choices',
        'must have exactly one choice with correct: true (0 have it)',
      ),
    ]);
    const two = [
      choiceItem({
        choices: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      }),
      recallItem(),
    ];
    expect(check(two)).toEqual([
      at(lineOf(two, 'choices:'), 'practice[0].choices', 'must have exactly one choice with correct: true (2 have it)'),
    ]);
  });

  it('refuses fewer than 2 or more than 6 choices', () => {
    const one = [recallItem(), choiceItem({ choices: [{ text: 'Only', correct: true }] })];
    expect(check(one)).toEqual([at(lineOf(one, 'choices:'), 'practice[1].choices', 'must have at least 2 choices')]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ text: `Choice ${i}`, ...(i === 0 ? { correct: true } : {}) }));
    expect(check([choiceItem({ choices: seven }), recallItem()])).toEqual([
      at(lineOf([choiceItem({ choices: seven })], 'choices:'), 'practice[0].choices', 'must have at most 6 choices'),
    ]);
  });

  it('refuses an empty question, answer, explanation or choice', () => {
    const items = [choiceItem({ question: ' ' }), recallItem({ answer: '', explanation: '' })];
    expect(check(items)).toEqual([
      at(lineOf(items, '- question:'), 'practice[0].question', 'must not be empty'),
      at(lineOf(items, "answer: ''"), 'practice[1].answer', 'must not be empty'),
      at(lineOf(items, "explanation: ''"), 'practice[1].explanation', 'must not be empty'),
    ]);
    const blankChoice = [choiceItem({ choices: [{ text: '', correct: true }, { text: 'B' }] }), recallItem()];
    expect(check(blankChoice)).toEqual([
      at(lineOf(blankChoice, "text: ''"), 'practice[0].choices[0].text', 'must not be empty'),
    ]);
  });

  it('refuses a field over its length limit, naming the limit', () => {
    const items = [
      choiceItem({ question: 'q'.repeat(301), choices: [{ text: 'c'.repeat(201), correct: true }, { text: 'B' }] }),
      recallItem({ answer: 'a'.repeat(201), explanation: 'e'.repeat(801) }),
    ];
    expect(check(items)).toEqual([
      at(lineOf(items, 'q'.repeat(301)), 'practice[0].question', 'is 301 characters; at most 300 are allowed'),
      at(lineOf(items, 'c'.repeat(201)), 'practice[0].choices[0].text', 'is 201 characters; at most 200 are allowed'),
      at(lineOf(items, 'a'.repeat(201)), 'practice[1].answer', 'is 201 characters; at most 200 are allowed'),
      at(lineOf(items, 'e'.repeat(801)), 'practice[1].explanation', 'is 801 characters; at most 800 are allowed'),
    ]);
  });

  it('names an unknown key in an item or a choice at its own line', () => {
    const typo = [recallItem(), { ...choiceItem(), explaination: 'Inertia.' }];
    expect(check(typo)).toEqual([
      at(
        lineOf(typo, 'explaination:'),
        'practice[1].explaination',
        'is not a field of a practice item (its fields: question, choices, answer, explanation)',
      ),
    ]);
    const choiceTypo = [
      choiceItem({ choices: [{ text: 'A', correct: true, hint: 'no' }, { text: 'B' }] }),
      recallItem(),
    ];
    expect(check(choiceTypo)).toEqual([
      at(
        lineOf(choiceTypo, 'hint:'),
        'practice[0].choices[0].hint',
        'is not a field of a choice (its fields: text, correct)',
      ),
    ]);
  });

  it('refuses a list of 1 item or of more than 5', () => {
    const one = [recallItem()];
    expect(check(one)).toEqual([at(lineOf(one, 'practice:'), 'practice', 'must have at least 2 items (or none)')]);
    const six = Array.from({ length: 6 }, (_, i) => recallItem({ question: `Question ${i}?` }));
    expect(check(six)).toEqual([at(lineOf(six, 'practice:'), 'practice', 'must have at most 5 items')]);
  });

  it('refuses an item with both choices and an answer, or with neither', () => {
    const both = [choiceItem({ answer: '30 N' }), recallItem()];
    expect(check(both)).toEqual([
      at(lineOf(both, 'answer: 30 N'), 'practice[0].answer', 'is not allowed beside choices: keep one of the two'),
    ]);
    const neither = [recallItem(), { question: 'Why?', explanation: 'Because.' }];
    expect(check(neither)).toEqual([
      at(
        lineOf(neither, 'question: Why?'),
        'practice[1].choices',
        'is required, or answer: a practice item has choices (pick one) or an answer (recall it)',
      ),
    ]);
  });

  it('refuses block Markdown in a text field: only inline Markdown and TeX', () => {
    const items = [recallItem({ explanation: 'Two steps:\n\n1. first\n2. second' }), choiceItem()];
    expect(check(items)).toEqual([
      at(
        lineOf(items, 'explanation: |-'),
        'practice[0].explanation',
        'must be inline Markdown (text, **bold**, *italic*, links, `code`, $TeX$), not a list',
      ),
    ]);
  });

  it('refuses a link in a choice, which the learner presses as a button', () => {
    const items = [
      choiceItem({ choices: [{ text: 'See www.example.org', correct: true }, { text: 'B' }] }),
      recallItem(),
    ];
    expect(check(items)).toEqual([
      at(
        lineOf(items, 'www.example.org'),
        'practice[0].choices[0].text',
        'must not hold a link: the learner presses the choice itself',
      ),
    ]);
  });

  it("refuses a formula the page would not render, by the answer's TeX rules", () => {
    const items = [recallItem({ answer: '$\\def\\x{1}\\x$' }), choiceItem()];
    expect(check(items)).toEqual([
      at(
        lineOf(items, '\\def'),
        'practice[0].answer',
        'the formula at line 1 of the text defines a macro (\\def), which pages do not allow: write the TeX out',
      ),
    ]);
  });

  it('refuses the same question twice: the device names an item by its question', () => {
    const items = [recallItem(), recallItem({ answer: '30 newtons' })];
    expect(check(items)).toEqual([
      at(lineOf(items, 'answer: 30 newtons') - 1, 'practice[1].question', "is the same as practice[0]'s question"),
    ]);
  });

  it('warns about raw HTML, which the page strips', () => {
    const items = [recallItem({ explanation: 'Because <b>inertia</b>.' }), choiceItem()];
    expect(check(items)).toEqual([
      at(lineOf(items, '<b>inertia'), 'practice[0].explanation', 'warning: contains raw HTML, which the page strips'),
    ]);
  });
});
