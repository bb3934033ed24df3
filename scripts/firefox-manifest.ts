/**
 * This module derives the Firefox manifest from manifest.json: Firefox runs the background as an event
 * page (`background.scripts`), wants a gecko id and minimum version (140: the CSS Custom Highlight API),
 * and states that the extension collects no data. Chromium's side panel becomes Firefox's sidebar, and
 * `document_idle` content scripts run at `document_end`.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';

type Manifest = Extract<ManifestV3Export, { manifest_version: number }>;

export const FIREFOX_ID = 'sourcemark@sourcemark.app';

export function firefoxManifest(chromium: Manifest): Manifest {
  const {
    minimum_chrome_version: _minimumChrome,
    background,
    side_panel: sidePanel,
    permissions,
    content_scripts: contentScripts,
    ...rest
  } = chromium;
  const worker = background && 'service_worker' in background ? background.service_worker : undefined;
  if (!worker) throw new Error('manifest.json must declare background.service_worker');
  const firefox: Manifest & { browser_specific_settings: { gecko_android: { strict_min_version: string } } } =
    {
      ...rest,
      // Chromium's side panel is Firefox's sidebar: the same page, declared as a sidebar_action.
      ...(permissions ? { permissions: permissions.filter((p) => p !== 'sidePanel') } : {}),
      ...(sidePanel?.default_path
        ? {
            sidebar_action: {
              default_panel: sidePanel.default_path,
              default_title: chromium.name,
              default_icon: chromium.icons,
            },
          }
        : {}),
      background: { scripts: [worker], type: 'module' },
      ...(contentScripts ? { content_scripts: contentScripts.map(atDocumentEnd) } : {}),
      browser_specific_settings: {
        gecko: {
          id: FIREFOX_ID,
          strict_min_version: '140.0',
          // Required by Firefox for new extensions: Sourcemark sends nothing anywhere.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android knows data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    };
  return firefox;
}

type ContentScript = NonNullable<Manifest['content_scripts']>[number];

/**
 * Firefox runs `document_idle` scripts once the page has been laid out after its style sheets came; at
 * `document_end` it runs them as soon as the document is parsed, and the content script waits for that
 * layout itself, then goes on in a task after the frame (extension/content/laid-out.ts). Against the
 * `document_idle` build, DOMContentLoaded to highlights painted measured 0.87–0.96× (README).
 */
function atDocumentEnd(script: ContentScript): ContentScript {
  return script.run_at === 'document_idle' ? { ...script, run_at: 'document_end' } : script;
}
