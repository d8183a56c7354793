/** @type {import('next').NextConfig} */
const nextConfig = {
  // This app's own folder, not the repository around it (which has a lock file of its own).
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
