import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  // Server-rendered pages link with plain <a>: hydrating a next/link per card cost 300 ms of
  // Total Blocking Time on a 30-card subject page (Lighthouse mobile, docs/performance.md).
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      '.vercel/**',
      'public/pagefind/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];
export default config;
