/**
 * Waits until the machine has been quiet for a moment, so a figure is not taken while the browser
 * is still busy with what the figure before it left behind: after a large IndexedDB write or a
 * deleted database, Chromium goes on compacting and removing files for seconds, on one of this
 * machine's two cores. Every raw baseline and every app figure that is compared with one waits the
 * same way, so neither is measured in the other's wake.
 *
 * Quiet means the whole machine's busy time (from /proc/stat, Linux) stayed under `busyShare` of
 * its cores over `windowMs`. Elsewhere, or if the machine never quiets within `limitMs`, it goes on
 * and says so.
 */
import { readFileSync } from 'node:fs';

interface CpuTimes {
  busy: number;
  total: number;
}

function cpuTimes(): CpuTimes | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    // cpu user nice system idle iowait irq softirq steal ...
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3]! + (fields[4] ?? 0);
    const total = fields.reduce((sum, n) => sum + n, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

export interface QuietOptions {
  busyShare?: number;
  windowMs?: number;
  limitMs?: number;
}

/** Resolves with how long it waited, or undefined when it could not tell (not Linux). */
export async function waitForQuietMachine({
  busyShare = 0.15,
  windowMs = 500,
  limitMs = 30_000,
}: QuietOptions = {}): Promise<{ waitedMs: number; quiet: boolean } | undefined> {
  const started = Date.now();
  let before = cpuTimes();
  if (!before) return undefined;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = cpuTimes()!;
    const share = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    const waitedMs = Date.now() - started;
    if (share <= busyShare) return { waitedMs, quiet: true };
    if (waitedMs >= limitMs) return { waitedMs, quiet: false };
    before = after;
  }
}
