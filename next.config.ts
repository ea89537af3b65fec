import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Pages rendered on demand read articles at run time; the tracer cannot see that path.
  outputFileTracingIncludes: { '/**': ['./content/**/*.md'] },
};

export default nextConfig;
