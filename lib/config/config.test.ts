import { describe, expect, it } from 'vitest';
import { feedbackAvailable, trustedProxies } from './feedback';
import { ConfigError, siteEnv, toolEnv } from './index';

describe('the environment', () => {
  it('reads valid values and treats empty ones as unset', () => {
    expect(siteEnv({ PRERENDER_LIMIT: '5', BUILD_CPUS: '4', NEXT_OUTPUT: 'standalone' })).toMatchObject({
      PRERENDER_LIMIT: 5,
      BUILD_CPUS: 4,
      NEXT_OUTPUT: 'standalone',
    });
    expect(siteEnv({ PRERENDER_LIMIT: ' ', CONTENT_DIR: '' })).toMatchObject({
      PRERENDER_LIMIT: undefined,
      CONTENT_DIR: undefined,
    });
    expect(toolEnv({ E2E_PORT: '3610' }).E2E_PORT).toBe(3610);
  });

  it('refuses a bad value with a message naming the variable, and every bad one at once', () => {
    expect(() => siteEnv({ PRERENDER_LIMIT: 'abc' })).toThrow(ConfigError);
    expect(() => siteEnv({ PRERENDER_LIMIT: 'abc' })).toThrow(
      'PRERENDER_LIMIT="abc": must be a whole number of articles (0 or more)',
    );
    expect(() => siteEnv({ PRERENDER_LIMIT: '-1', SITE_URL: 'learn.example.org' })).toThrow(
      /SITE_URL="learn.example.org": must be an absolute.*\n.*PRERENDER_LIMIT="-1"/,
    );
    expect(() => siteEnv({ CONTENT_CACHE: 'off' })).toThrow('CONTENT_CACHE="off"');
    expect(() => toolEnv({ E2E_PORT: '70000' })).toThrow('E2E_PORT="70000": must be a port number');
  });

  it("reads the database's and the proxies' settings with the same reader and the same message", () => {
    expect(() => siteEnv({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(
      'DATABASE_URL="mysql://x@y/z": must be a postgres:// or postgresql:// URL',
    );
    expect(() => siteEnv({ TRUST_PROXY: 'yes' })).toThrow(
      'TRUST_PROXY="yes": must be a whole number of proxies (0 or more)',
    );
    expect(trustedProxies(siteEnv({ TRUST_PROXY: '2' }))).toBe(2);
    expect(trustedProxies(siteEnv({}))).toBe(0);
    expect(trustedProxies(siteEnv({ VERCEL: '1' }))).toBe(1);
    expect(feedbackAvailable(siteEnv({ VERCEL: '1' }))).toBe(false);
    expect(feedbackAvailable(siteEnv({ VERCEL: '1', DATABASE_URL: 'postgres://u:p@db/q' }))).toBe(true);
  });
});
