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
  const headers = (forwarded: string) => new Headers({ 'x-forwarded-for': forwarded });

  it('takes the entry the trusted proxy appended (the right-most), never what the client wrote', () => {
    expect(clientAddress(headers('6.6.6.6, 203.0.113.5'), 1)).toBe('203.0.113.5');
    expect(clientAddress(headers('6.6.6.6'), 1)).toBe('6.6.6.6');
    // Untrusted and without the server's stamp (no server hooks in a unit test): one shared bucket.
    expect(clientAddress(headers('203.0.113.5, 10.0.0.1'), 0)).toBe('unknown');
  });

  it('counts hops as Express does: two proxies, the second entry from the right; a short header, its first', () => {
    expect(clientAddress(headers('6.6.6.6, 203.0.113.5, 10.0.0.1'), 2)).toBe('203.0.113.5');
    expect(clientAddress(headers('203.0.113.5'), 3)).toBe('203.0.113.5');
  });

  it('reads an address only: a port makes no new client, and anything else is unknown', () => {
    expect(clientAddress(headers('203.0.113.5:4711'), 1)).toBe('203.0.113.5');
    expect(clientAddress(headers('[2001:db8:1:2::9]:443'), 1)).toBe('2001:db8:1:2::/64');
    for (const junk of ['not-an-ip', '999.1.1.1', '203.0.113', 'unknown', '1.2.3.4.5'])
      expect(clientAddress(headers(`1.1.1.1, ${junk}`), 1), junk).toBe('unknown');
    // An empty entry is no entry.
    expect(clientAddress(headers('1.1.1.1, , '), 1)).toBe('1.1.1.1');
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    expect(clientAddress(headers('2001:db8:1:2:aaaa::1'), 1)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(headers('2001:DB8:1:2:bbbb:cccc:dddd:eeee'), 1)).toBe('2001:db8:1:2::/64');
    expect(clientAddress(headers('::ffff:192.0.2.4'), 1)).toBe('192.0.2.4');
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

describe('characters that hide or reorder text', () => {
  it('are stripped from comments and queries, so what is stored is what shows', () => {
    const comment = 'fine \u202Eevil\u202C a\u200Bb \u2066x\u2069 \u200Fy\uFEFF';
    expect(parseVote({ url: URL, helpful: false, comment }).comment).toBe('fine evil ab x y');
    expect(parseMiss({ query: 'kre\u200Bbs \u2067cycle\u2069' })).toEqual({ query: 'krebs cycle' });
    expect(parseVote({ url: URL, helpful: false, comment: '\u202E\u200B' }).comment).toBeNull();
    expect(status(() => parseMiss({ query: '\u2066\u2069' }))).toBe(400);
  });

  it('keep the joiners that emoji and Persian words need', () => {
    expect(parseVote({ url: URL, helpful: true, comment: '👩\u200D🔬 می\u200Cخواهم' }).comment).toBe(
      '👩\u200D🔬 می\u200Cخواهم',
    );
  });
});
