// Builds the explorer page from web/ into web/dist. In dev, /api goes to a running server
// (POLICY_GRAPH_API, default http://127.0.0.1:8787).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The page boots in steps (src/main.tsx: React's code, a yield, then src/mount.tsx), each a dynamic
 * import so that each is evaluated in a task of its own. Dynamic imports are fetched only when
 * called: this lists every chunk of those steps as a modulepreload in index.html, so the browser
 * fetches (and compiles) them beside the entry instead of one step after the other.
 */
function preloadBootSteps(entries: readonly string[]): Plugin {
  return {
    name: 'policy-graph-preload-boot-steps',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          for (const dep of chunk.imports) visit(dep);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.facadeModuleId && entries.some((e) => chunk.facadeModuleId!.endsWith(e))) visit(chunk.fileName);
        }
        if (ctx.chunk) files.delete(ctx.chunk.fileName);
        return [...files].sort().map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), preloadBootSteps(['src/mount.tsx'])],
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
