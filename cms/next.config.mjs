import { withPayload } from '@payloadcms/next/withPayload';

/** Next.js serves only Payload's admin and API; the public site is Astro. */
const nextConfig = {
  poweredByHeader: false,
  // The server in ../server.ts sets security headers and compression for every response.
  compress: false,
  images: { unoptimized: true },
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
