/**
 * This module finds a Chromium to drive: CHROME_PATH, then PATH. Where none is found and the script runs as
 * root on Debian, it installs Debian's chromium package; otherwise it stops with a message saying how to
 * install one.
 */
import { existsSync } from 'node:fs';
import { aptInstall, onPath } from './apt-install';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function find(): string | null {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  for (const name of CANDIDATES) {
    const path = onPath(name);
    if (path) return path;
  }
  return null;
}

export async function chromiumPath({ install = true } = {}): Promise<string> {
  const found = find();
  if (found) return found;
  if (install && aptInstall('chromium')) {
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH ' +
      'to a Chromium or Chrome executable.',
  );
}

/** Flags for a quiet, reproducible Chromium on a machine with a closed network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
