import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-id';
import { InputError } from './input-error';
import { parseMiss, parseVote, parseVoteForm } from './validate';

const URL = '/learn/biology/questions/a';
const status = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as InputError).status;
  }
  return 'accepted';
};

describe('parseVote', () => {
  it('keeps a trimmed comment and drops an empty one', () => {
    expect(parseVote({ url: URL, helpful: false, comment: '  too short \n' })).toEqual({
      url: URL,
      helpful: false,
      comment: 'too short',
    });
    expect(parseVote({ url: URL, helpful: true, comment: '   ' }).comment).toBeNull();
  });

  it('counts characters as PostgreSQL does: 500 emoji fit, 501 do not', () => {
    expect(status(() => parseVote({ url: URL, helpful: false, comment: '😀'.repeat(500) }))).toBe('accepted');
    expect(status(() => parseVote({ url: URL, helpful: false, comment: '😀'.repeat(501) }))).toBe(400);
  });

  it('refuses wrong types, unknown fields and characters text cannot hold', () => {
    for (const body of [
      null,
      [],
      'x',
      { url: URL },
      { url: URL, helpful: 1 },
      { url: [URL], helpful: true },
      { url: URL, helpful: true, extra: 1 },
      { url: URL, helpful: true, comment: 'a\u0000' },
      { url: URL, helpful: true, comment: '\ud800' },
    ])
      expect(
        status(() => parseVote(body)),
        JSON.stringify(body),
      ).toBe(400);
  });
});

describe('parseVoteForm', () => {
  it('reads the widget fields and refuses a repeated one', () => {
    expect(parseVoteForm(new URLSearchParams({ url: URL, helpful: 'false', comment: '' }))).toEqual({
      url: URL,
      helpful: false,
      comment: null,
    });
    expect(status(() => parseVoteForm(new URLSearchParams(`url=${URL}&helpful=true&helpful=false`)))).toBe(400);
    expect(status(() => parseVoteForm(new URLSearchParams({ url: URL, helpful: 'on' })))).toBe(400);
  });
});

describe('parseMiss', () => {
  it('folds case and spaces so repeats group, and refuses empty or long queries', () => {
    expect(parseMiss({ query: '  Krebs   Cycle ' })).toEqual({ query: 'krebs cycle' });
    expect(status(() => parseMiss({ query: ' ' }))).toBe(400);
    expect(status(() => parseMiss({ query: 'q'.repeat(201) }))).toBe(400);
  });
});

describe('clientAddress', () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  it('takes the first X-Forwarded-For entry only behind a trusted proxy', () => {
    const h = headers({ 'x-forwarded-for': '203.0.113.5, 10.0.0.1' });
    expect(clientAddress(h, true)).toBe('203.0.113.5');
    // Untrusted and without the server's stamp (no instrumentation in a unit test): one shared bucket.
    expect(clientAddress(h, false)).toBe('unknown');
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '2001:db8:1:2:aaaa::1' }), true)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(headers({ 'x-forwarded-for': '2001:db8:1:2:bbbb:cccc:dddd:eeee' }), true)).toBe(
      '2001:db8:1:2::/64',
    );
    expect(clientAddress(headers({ 'x-forwarded-for': '::ffff:192.0.2.4' }), true)).toBe('192.0.2.4');
  });
});

describe('terminal escapes', () => {
  it('refuses C0 and C1 controls that npm run report would print', () => {
    for (const comment of ['\u001b[2J', '\u009b2J', 'a\u007fb'])
      expect(
        status(() => parseVote({ url: URL, helpful: false, comment })),
        JSON.stringify(comment),
      ).toBe(400);
    expect(status(() => parseVote({ url: URL, helpful: false, comment: 'line one\nline two\ttab' }))).toBe('accepted');
  });
});
