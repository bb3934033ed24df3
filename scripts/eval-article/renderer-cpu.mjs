// CPU time of the main thread of the page's renderer process, read from Linux's /proc
// (/proc/PID/task/PID/schedstat: nanoseconds on CPU). On a machine shared with other jobs, wall-clock
// times include the time the thread waited for a CPU; this does not. Null where /proc is not there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

function processes() {
  const list = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Chromium rewrites its command line into one string; the parent is the 4th field of stat.
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      list.push({ pid: Number(entry), parent, command });
    } catch {
      // The process ended while we looked.
    }
  }
  return list;
}

function cpuNs(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

/** CPU meter for the Chromium started with `profile` as its user data directory. */
export function rendererCpu(profile) {
  if (!existsSync('/proc/self/schedstat')) return null;
  let pid = null;
  const renderers = () => {
    const all = processes();
    const browser = all.find(
      (p) => p.command.includes(`--user-data-dir=${profile}`) && !p.command.includes('--type='),
    );
    if (browser === undefined) return [];
    const family = new Set([browser.pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of all) {
        if (!family.has(p.pid) && family.has(p.parent)) {
          family.add(p.pid);
          grew = true;
        }
      }
    }
    return all.filter((p) => family.has(p.pid) && p.command.includes('--type=renderer')).map((p) => p.pid);
  };
  return {
    /**
     * Finds the page's renderer: the one whose main thread works while `busy(ms)` keeps the page busy. Other
     * renderers work now and then too: the winner must clearly lead, or the test is run again, longer.
     */
    async identify(busy) {
      pid = null;
      for (const ms of [100, 300, 600]) {
        const candidates = renderers();
        const before = candidates.map(cpuNs);
        await busy(ms);
        const gains = candidates.map((p, i) => cpuNs(p) - (before[i] ?? 0));
        const best = Math.max(...gains);
        const second = Math.max(0, ...gains.filter((g) => g !== best));
        if (best > 2 * second) {
          pid = candidates[gains.indexOf(best)] ?? null;
          return;
        }
      }
    },
    /** Milliseconds of renderer main-thread CPU that `action` costs. */
    async measure(action) {
      if (pid === null) return NaN;
      const start = cpuNs(pid);
      await action();
      return (cpuNs(pid) - start) / 1e6;
    },
  };
}
