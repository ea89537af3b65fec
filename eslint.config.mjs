import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The two worlds: request time (app/, components/, proxy.ts, instrumentation.ts, lib/) never imports the build
// (pipeline/), except next dev's live source; imports point down (tools and scripts sit on top, nothing imports them).
const REQUEST_TIME = ['./app', './components', './lib', './proxy.ts', './instrumentation.ts'];
const boundaries = {
  files: ['**/*.{ts,tsx,mjs}'],
  ignores: ['**/*.test.ts', '**/__fixtures__/**', 'e2e/**'],
  settings: { 'import/ignore': ['node_modules'] },
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: REQUEST_TIME,
            from: './pipeline',
            message: 'request-time code never imports the build (pipeline/); read the compiled store through lib/data',
          },
          { target: ['./lib', './pipeline'], from: ['./app', './components'], message: 'imports point down' },
          {
            target: ['./app', './components', './lib', './pipeline'],
            from: ['./scripts', './tools'],
            message: 'scripts and tools are entry points: move what they share into pipeline/ or lib/',
          },
        ],
      },
    ],
    'import/no-cycle': ['error', { ignoreExternal: true }],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  // Server-rendered pages link with plain <a>: hydrating a next/link per card cost 300 ms of
  // Total Blocking Time on a 30-card subject page (Lighthouse mobile, docs/performance.md).
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
  boundaries,
  // next dev's live source: the one request-time file that reads the build, in a branch production bundles drop.
  { files: ['lib/data/live.ts'], rules: { 'import/no-restricted-paths': 'off' } },
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
