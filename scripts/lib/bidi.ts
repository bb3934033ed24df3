/**
 * This module is a small WebDriver BiDi client: it launches Firefox headless with a fresh profile, connects
 * to its BiDi endpoint and sends commands. Firefox speaks BiDi natively, so no driver binary or patched
 * browser is needed; playwright-core's Firefox support needs its own patched build, which is not available
 * here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { aptInstall, onPath } from './apt-install';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface BidiEvent {
  readonly method: string;
  readonly params: Record<string, unknown>;
}

export class BidiSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  readonly events: BidiEvent[] = [];

  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(String(data)));
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
    });
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as {
      id?: number;
      type?: string;
      result?: unknown;
      error?: string;
      message?: string;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (message.type === 'event' && message.method) {
      this.events.push({ method: message.method, params: message.params ?? {} });
      return;
    }
    const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!waiting || message.id === undefined) return;
    this.pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
    else waiting.resolve(message.result);
  }

  /** The value of an expression evaluated in a browsing context's page; throws what the page threw. */
  async evaluate(context: string, expression: string): Promise<unknown> {
    const reply = await this.send<{
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text?: string };
    }>('script.evaluate', { expression, target: { context }, awaitPromise: false });
    if (reply.type !== 'success') throw new Error(`in the page: ${reply.exceptionDetails?.text ?? 'error'}`);
    return reply.result?.value;
  }

  close(): void {
    this.socket.close();
  }
}

export interface Firefox {
  readonly session: BidiSession;
  close(): Promise<void>;
}

function findFirefox(): string | null {
  const configured = process.env.FIREFOX_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return onPath('firefox-esr') ?? onPath('firefox');
}

/**
 * FIREFOX_PATH, else Firefox ESR or Firefox on PATH; where none is found and the script runs as root on
 * Debian, Debian's firefox-esr is installed. Otherwise it stops with a message saying how to install it.
 */
export function firefoxPath(): string {
  const found = findFirefox() ?? (aptInstall('firefox-esr') ? findFirefox() : null);
  if (found) return found;
  throw new Error(
    'Firefox was not found. Install it (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH.',
  );
}

export async function launchFirefox(
  binary = firefoxPath(),
  prefs: Record<string, string | number | boolean> = {},
): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcemark-firefox-'));
  // A quiet profile: no first-run pages, no telemetry, no updates.
  writeFileSync(
    join(profile, 'user.js'),
    [
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("app.update.enabled", false);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
      ...Object.entries(prefs).map(
        ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
      ),
    ].join('\n'),
  );
  const child = spawn(
    binary,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const endpoint = await endpointOf(child);
  const socket = new WebSocket(`${endpoint}/session`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const session = new BidiSession(socket);
  await session.send('session.new', { capabilities: {} });
  return {
    session,
    async close() {
      await session.send('session.end').catch(() => {});
      session.close();
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox prints "WebDriver BiDi listening on ws://127.0.0.1:PORT" when it is ready. */
function endpointOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start:\n${output}`)), 60_000);
    child.once('error', reject);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[\d.:]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
}
