import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { describe, expect, it } from 'vitest';
import config from '@/next.config';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './security-headers';

const scriptSrc = (csp: string) => csp.split('; ').find((directive) => directive.startsWith('script-src '));

async function servedCsp(phase: string) {
  const rules = (await config(phase).headers?.()) ?? [];
  const all = rules.find((rule) => rule.source === '/:path*');
  return all?.headers.find((header) => header.key === 'Content-Security-Policy')?.value ?? '';
}

describe('the Content-Security-Policy', () => {
  it('allows eval in development only', () => {
    expect(scriptSrc(contentSecurityPolicy('development'))).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(scriptSrc(contentSecurityPolicy('production'))).toBe("script-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps the production policy exactly as it was', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; worker-src 'none'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'",
    );
    // Development differs by that one source and nothing else.
    expect(contentSecurityPolicy('development').replace(" 'unsafe-eval'", '')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is what next.config.ts serves: the development policy under next dev, the production one otherwise', async () => {
    expect(await servedCsp(PHASE_DEVELOPMENT_SERVER)).toContain("'unsafe-eval'");
    for (const phase of [PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER])
      expect(await servedCsp(phase)).toBe(CONTENT_SECURITY_POLICY);
  });
});
