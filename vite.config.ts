// One build for Chromium (dist/) and one for Firefox (dist-firefox/, `--mode firefox`), both from manifest.json.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest(manifest) : manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // The content scripts are self-contained files: no loader, no web-accessible resources for pages to probe.
        contentScripts: { standaloneFiles: ['extension/content/index.ts', 'extension/content/early.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: ['chrome105', 'firefox140'],
      sourcemap: false,
      rollupOptions: {
        // The side panel is an entry of its own for Firefox, whose sidebar_action crxjs does not read.
        input: { dashboard: 'extension/dashboard/index.html', sidepanel: 'extension/sidepanel/index.html' },
      },
    },
    server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
  };
});
