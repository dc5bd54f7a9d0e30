import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const webRoot = fileURLToPath(new URL('./web', import.meta.url));
// The Fastify server (`npm start`, port 3000) answers the API; in development Vite serves the
// UI and forwards these paths to it, so the browser sees one origin and the session cookie works.
const apiTarget = 'http://localhost:3000';

// Vite requires its configuration as the default export.
export default defineConfig({
  root: webRoot,
  // Only VITE_-prefixed variables from web/.env* reach the browser; the server's settings stay apart.
  envDir: webRoot,
  publicDir: fileURLToPath(new URL('./web/public', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    // The catalogues live in locales/ (shared with the server), outside the web root.
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
