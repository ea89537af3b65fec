import type { NextConfig } from 'next';
import { SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The benchmark builds a generated corpus beside the real build without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  experimental: { cpus: Number(process.env.BUILD_CPUS) || 2 },
  // Pages rendered on demand read articles at run time; the tracer cannot see that path.
  outputFileTracingIncludes: { '/**': ['./content/**/*.md'] },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // The search index's shards and blocks sit in a content-hashed folder; only its manifest changes.
      { source: '/search-index/:version([0-9a-f]{12})/:path+', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

export default nextConfig;
