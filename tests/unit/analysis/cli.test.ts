import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/analyze';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/analysis/${name}`, import.meta.url));

/** Runs `sourcemark analyze` and returns its exit status and what it printed. */
async function analyzeCommand(args: string[]): Promise<{ status: number; out: string }> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const status = await run(args);
  return { status, out };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sourcemark analyze', () => {
  it('lists who said what in a text file, one line per attribution, denials marked', async () => {
    const { status, out } = await analyzeCommand([fixture('harbor-bridge.txt')]);
    expect(status).toBe(0);
    expect(out).toMatch(/^\d+ attributions \(\d+ denials\)/);
    expect(out).toContain(
      'Dana Whitfield [“Mayor Dana Whitfield”] — said: the bridge would cut commuting times',
    );
    expect(out).toMatch(/denied DENIES: claims that its cost estimates had been inflated/);
  });

  it('reads an HTML page the way the content script does: the article only, blocks on their own lines', async () => {
    const { status, out } = await analyzeCommand([fixture('harbor-bridge.html'), '--json']);
    expect(status).toBe(0);
    const { text, attributions } = JSON.parse(out) as { text: string; attributions: unknown[] };
    expect(text).toContain('Mayor Dana Whitfield said the bridge would cut commuting times in half');
    expect(text).toMatch(/waterfront\.\n“This is the most important decision/);
    // Navigation, related links and the footer are not the article.
    expect(text).not.toContain('Subscribers say');
    expect(text).not.toContain('budget talks will resume');
    expect(text).not.toContain('Critics say');
    expect(attributions.length).toBeGreaterThanOrEqual(5);
  }, 30_000); // loading happy-dom on a busy machine

  it('says how to use it when no file is given, and fails on a missing file', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await analyzeCommand([])).status).toBe(2);
    expect((await analyzeCommand([fixture('no-such-file.txt')])).status).toBe(1);
  });
});
