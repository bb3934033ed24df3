/**
 * The few `chrome.*` calls that scripts and end-to-end tests run inside the extension's service worker
 * (through Playwright's `worker.evaluate`), typed for the compiler.
 */
declare namespace chrome {
  namespace tabs {
    function query(filter: { url?: string; active?: boolean }): Promise<{ id?: number; url?: string }[]>;
    function sendMessage(
      tabId: number,
      message: unknown,
    ): Promise<{ ok: boolean; value?: unknown; error?: string }>;
  }
  namespace runtime {
    function getURL(path: string): string;
  }
}
