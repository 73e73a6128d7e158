import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));
const moduleChunk = (id: string) => {
  const name = /\/packages\/modules\/([^/]+)\//.exec(id)?.[1];
  return name ? `module-${name}` : null;
};

// Three faces, one build. The API (not Vite) picks the page per host and path,
// so every asset URL must be absolute: `/assets/...` works on every host and under /admin.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A strict CSP forbids inline scripts; Vite's module preload polyfill is one.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { index: page('index'), admin: page('admin'), console: page('console') },
      // @civitas/branding builds its zod schema at module level. The pages only use its
      // contrast maths and font stacks, so declaring zod's builders pure lets the schema and
      // zod itself be dropped from the bundles.
      treeshake: { manualPureFunctions: ['z'] },
      // Named chunks the three pages share, rather than ones named after whichever module came first.
      // The module loader and the SDK's web contract go with them; each module's web code stays in
      // its own lazily fetched chunk (and stylesheet), named after the module: module-contacts-….js.
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules/ },
            // Before the module groups: a group takes in what its modules import, so the SDK's web
            // contract, listed after the built-module group, landed in its chunk and made every
            // module fetch it (e2e/bundle.spec.ts would fail).
            { name: 'shared', test: /\/(src\/shared|src\/modules|packages\/branding|packages\/module-sdk)\// },
            // Every built module is drawn by one chunk, fetched only by cities with a built module on.
            { name: 'module-built', test: /\/packages\/module-builder\/src\/web\// },
            { name: (id: string) => moduleChunk(id), test: /\/packages\/modules\// },
          ],
        },
      },
    },
  },
});
