import { defineConfig } from 'vite';

// `npm start`: dev server for the demo app. Library builds of the packages are driven by
// test/scripts/build.mjs (one vite lib build per package, externals lit/d3-*/zod/idb-keyval).
export default defineConfig({
  root: 'demo',
  server: {
    host: '0.0.0.0',
    port: 5173,
    strictPort: false,
  },
  preview: {
    port: 4173,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
