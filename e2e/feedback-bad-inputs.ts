import { SEED_URL } from './fixtures';

/** Every input the feedback API must refuse, with the status it must answer; none may store anything. */
export type Case = {
  name: string;
  path?: string;
  body: BodyInit;
  type?: string;
  headers?: Record<string, string>;
  status: number;
};
const vote = (fields: Record<string, unknown>) => JSON.stringify(fields);
export const JSON_TYPE = 'application/json';
export const FORM = 'application/x-www-form-urlencoded';

export const BAD: Case[] = [
  { name: 'not JSON', body: '{"url": ', status: 400 },
  { name: 'a JSON array', body: '[]', status: 400 },
  { name: 'helpful as a string', body: vote({ url: SEED_URL, helpful: 'yes' }), status: 400 },
  { name: 'helpful missing', body: vote({ url: SEED_URL }), status: 400 },
  { name: 'url as a number', body: vote({ url: 7, helpful: true }), status: 400 },
  { name: 'url missing', body: vote({ helpful: true }), status: 400 },
  {
    name: 'comment of 501 characters',
    body: vote({ url: SEED_URL, helpful: false, comment: 'é'.repeat(501) }),
    status: 400,
  },
  { name: 'comment as a number', body: vote({ url: SEED_URL, helpful: false, comment: 5 }), status: 400 },
  { name: 'comment with NUL', body: vote({ url: SEED_URL, helpful: false, comment: 'a\u0000b' }), status: 400 },
  { name: 'a lone surrogate', body: '{"url":"' + SEED_URL + '","helpful":false,"comment":"\\ud800"}', status: 400 },
  { name: 'an unknown field', body: vote({ url: SEED_URL, helpful: true, ip: '1.2.3.4' }), status: 400 },
  {
    name: 'an unknown article',
    body: vote({ url: '/learn/biology/questions/no-such-answer', helpful: true }),
    status: 404,
  },
  { name: 'an article url with a query', body: vote({ url: `${SEED_URL}?x=1`, helpful: true }), status: 404 },
  { name: 'a page that is not an article', body: vote({ url: '/learn/biology', helpful: true }), status: 404 },
  {
    name: 'SQL in the url',
    body: vote({ url: "/learn/x/questions/'; DROP TABLE feedback_votes; --", helpful: true }),
    status: 404,
  },
  { name: 'a body over 4 KB', body: vote({ url: SEED_URL, helpful: true, comment: 'a'.repeat(4100) }), status: 413 },
  {
    name: 'a foreign Origin',
    body: vote({ url: SEED_URL, helpful: true }),
    headers: { origin: 'https://evil.example' },
    status: 403,
  },
  { name: 'Origin null', body: vote({ url: SEED_URL, helpful: true }), headers: { origin: 'null' }, status: 403 },
  { name: 'XML', body: '<vote/>', type: 'text/xml', status: 415 },
  { name: 'invalid UTF-8', body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), status: 400 },
  { name: 'form: helpful=maybe', body: `url=${encodeURIComponent(SEED_URL)}&helpful=maybe`, type: FORM, status: 400 },
  { name: 'form: url twice', body: `url=${encodeURIComponent(SEED_URL)}&url=x&helpful=true`, type: FORM, status: 400 },
  {
    name: 'form: comment of 501',
    body: `url=${encodeURIComponent(SEED_URL)}&helpful=false&comment=${'a'.repeat(501)}`,
    type: FORM,
    status: 400,
  },
  { name: 'miss: not JSON', path: '/api/search-miss', body: 'query=x', status: 400 },
  { name: 'miss: query of 201', path: '/api/search-miss', body: vote({ query: 'q'.repeat(201) }), status: 400 },
  { name: 'miss: empty query', path: '/api/search-miss', body: vote({ query: '   ' }), status: 400 },
  { name: 'miss: query as a list', path: '/api/search-miss', body: vote({ query: ['a'] }), status: 400 },
  { name: 'miss: a form', path: '/api/search-miss', body: 'query=x', type: FORM, status: 415 },
  { name: 'miss: over 4 KB', path: '/api/search-miss', body: vote({ query: 'a', pad: ' '.repeat(5000) }), status: 413 },
  {
    name: 'miss: a foreign Origin',
    path: '/api/search-miss',
    body: vote({ query: 'x' }),
    headers: { origin: 'http://localhost.evil' },
    status: 403,
  },
];
