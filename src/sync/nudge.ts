/**
 * When to remind the owner to export: the other device only learns about changes through a file,
 * and the file is also the backup. Nudge when something changed since the last export and that
 * export is more than a week old (or there never was one).
 */
export const NUDGE_AFTER_DAYS = 7;
const MS_PER_DAY = 86_400_000;

export type ExportNudge =
  | { kind: 'none' }
  | { kind: 'never' }
  | { kind: 'stale'; days: number }
  | { kind: 'fresh'; days: number };

export function exportNudge(
  lastExportAt: string | undefined,
  lastChangeAt: string | undefined,
  now: Date,
): ExportNudge {
  if (lastExportAt === undefined)
    return lastChangeAt === undefined ? { kind: 'none' } : { kind: 'never' };
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(lastExportAt)) / MS_PER_DAY));
  const changedSince = lastChangeAt !== undefined && lastChangeAt > lastExportAt;
  return changedSince && days >= NUDGE_AFTER_DAYS
    ? { kind: 'stale', days }
    : { kind: 'fresh', days };
}
