import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { siteEnv } from './lib/config';
import { securityHeaders } from './lib/config/security-headers';

// Validated before anything builds or serves: a bad value (PRERENDER_LIMIT=abc) stops here, naming the variable.
const env = siteEnv();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // What Vercel packs into a function, as a folder: the bench and the cold-start test build it.
  output: env.NEXT_OUTPUT,
  // The benchmark builds a generated corpus beside the real build without clobbering it.
  distDir: env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // next dev serves localhost; a writer who opens 127.0.0.1 instead would get a blank page and no hot reload.
  allowedDevOrigins: ['127.0.0.1', '::1'],
  // Nothing uses next/image: with the optimizer on, every encoding of a URL was a new cache file (and a
  // billed transformation on Vercel). Off, /_next/image writes nothing.
  images: { unoptimized: true },
  experimental: { cpus: env.BUILD_CPUS ?? 2 },
  // Requests read the compiled store (lib/store), never content/: each route carries only the part it reads, and
  // every page the manifest (the layout's subjects). Keys are globs over route paths (brackets would be character
  // classes). The proxy's trace finds urls.bin.
  outputFileTracingIncludes: {
    '/**': ['./.content-store/manifest.json'],
    '/learn/*/questions/*': ['./.content-store/shards/**'],
    '/og/*/*': ['./.content-store/cards/**'],
    '/practice/*/*': ['./.content-store/shards/**'],
    '/md/*/*': ['./.content-store/markdown/**'],
    // The MCP server reads Markdown copies and the search index from disk (about 55 MB at 100,000 articles).
    '/mcp': [
      './.content-store/markdown/**',
      './.content-store/urls.bin',
      './.content-store/redirects.json',
      './public/search-index/**',
    ],
    // The feedback API checks urls against the URL index; PGlite reads its WebAssembly and data files at run time.
    '/api/*': [
      './.content-store/urls.bin',
      './node_modules/@electric-sql/pglite/package.json',
      './node_modules/@electric-sql/pglite/dist/**/*.{js,cjs,wasm,data}',
    ],
  },
  // Loaded from node_modules, not bundled: PGlite finds its .wasm and .data files beside its own module.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres'],
  // .data/ is a local embedded database (readers' votes): the tracer follows its path, and it must never ship.
  outputFileTracingExcludes: { '/**': ['./content/**', './.data/**'] },
};

/** next dev alone gets the development CSP (it allows eval); next build and next start, the production one. */
export default function config(phase: string): NextConfig {
  const mode = phase === PHASE_DEVELOPMENT_SERVER ? 'development' : 'production';
  return {
    ...nextConfig,
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders(mode) },
        // The search index's files sit in a content-hashed folder; only its manifest changes.
        {
          source: '/search-index/:version([0-9a-f]{12})/:path+',
          headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
        },
      ];
    },
  };
}
