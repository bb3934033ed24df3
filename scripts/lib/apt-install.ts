/**
 * This module installs a Debian package when a browser the scripts need is missing and they run as root on
 * Debian (CI, a fresh machine); elsewhere it declines and the caller says how to install it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The path of a command on PATH, or null. */
export function onPath(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** Installs `pkg` with apt-get when allowed here; returns whether it tried. */
export function aptInstall(pkg: string): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !onPath('apt-get')) return false;
  console.error(`${pkg} not found: installing Debian's ${pkg} package with apt-get …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return true;
}
