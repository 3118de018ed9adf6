// Builds the explorer page from web/ into web/dist. In dev, /api goes to a running server
// (POLICY_GRAPH_API, default http://127.0.0.1:8787).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // Rolldown's [PLUGIN_TIMINGS] warning (plugin time vs. build time) reached `npm start`'s terminal when a
    // loaded machine made a rebuild slow (session 22 qa); it tells a user nothing they can act on.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { '/api': process.env.POLICY_GRAPH_API ?? 'http://127.0.0.1:8787' },
  },
});
