import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two pages, built into dist/ and served by ClaimGraph.Server under /app/ (the HTML itself at /playground,
// /dashboard and, for browsers, /graphql). Everything is bundled: fonts are inlined by GraphiQL's CSS and
// Monaco's web workers become files of their own, so no page loads anything from another host.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // GraphiQL's React-compiler output starts modules with "use no memo"; bundling drops it harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        playground: resolve(import.meta.dirname, 'playground.html'),
        dashboard: resolve(import.meta.dirname, 'dashboard.html'),
      },
    },
  },
  worker: { format: 'es' },
});
