/**
 * Headers for every response. Next's prerendered pages carry inline scripts (the RSC payload) and
 * cannot take a nonce without becoming dynamic, so scripts allow 'unsafe-inline' from this origin only.
 * Nothing is loaded from anywhere else; search needs no WebAssembly, eval or workers. `next dev` alone
 * adds 'unsafe-eval': React rebuilds server stacks with eval in development, and without it every page
 * shows an error overlay. Production never allows it.
 */
export type HeaderMode = 'production' | 'development';

export function contentSecurityPolicy(mode: HeaderMode = 'production'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${mode === 'development' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy('production');

export function securityHeaders(mode: HeaderMode = 'production') {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(mode) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

export const SECURITY_HEADERS = securityHeaders('production');
