import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiOrigin = process.env['WILD_API_ORIGIN'] ?? 'http://localhost:3000';
const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// The app is served by the API in production (same origin); `npm run dev` proxies the API's paths.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@wild/shared/domain': fromRoot('libs/shared/domain/src/index.ts'),
      '@wild/shared/reference-data': fromRoot('libs/shared/reference-data/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiOrigin, ws: true, changeOrigin: false },
      '/auth': { target: apiOrigin, changeOrigin: false },
      '/health': { target: apiOrigin },
    },
  },
  build: {
    outDir: fromRoot('dist/apps/web'),
    emptyOutDir: true,
    sourcemap: false,
    // the initial JavaScript is measured by `npm run bench`; pages are split by route
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
