import { defineConfig } from 'vite';

// `npm run docs:serve`: serves the built docs site (docs/dist) with vite preview on
// http://localhost:4174. The site itself is built by test/scripts/docs-build.mjs (`npm run docs`).
export default defineConfig({
  root: 'docs',
  appType: 'mpa',
  build: { outDir: 'dist' },
  preview: { host: '0.0.0.0', port: 4174, strictPort: false },
});
