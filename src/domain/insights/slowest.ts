/**
 * "Who pays slowest": clients ranked by their average days late, with the direction they are
 * heading. The average is clientFigures' and the trend latenessPattern's, the same figures the
 * client page and the keep-or-part worksheet show.
 */
import type { Day } from '../dates';
import { clientFigures, jobsOfClient, type ClientRecords } from '../metrics';
import { latenessPattern, type LatenessTrend } from '../metrics/lateness-pattern';
import type { Id, Job, Party } from '../records';
import { isLive } from '../records/live';

export interface SlowPayer {
  clientId: Id;
  name: string;
  averageDaysLate: number;
  worstDaysLate: number;
  /** Jobs paid in full, the average is taken over. */
  settledCount: number;
  onTimeRate: number | null;
  overdueCount: number;
  trend: LatenessTrend;
  earlierAverage: number | null;
  recentAverage: number | null;
}

/** Slowest first; clients who always paid on time are not listed. */
export function slowestPayers(
  parties: readonly Party[],
  jobs: readonly Job[],
  records: ClientRecords,
  asOf: Day,
  limit = 8,
): SlowPayer[] {
  const rows: SlowPayer[] = [];
  for (const client of parties) {
    if (client.kind !== 'client' || !isLive(client)) continue;
    if (!jobsOfClient(jobs, client.id).some(isLive)) continue;
    const figures = clientFigures(client, jobs, records, asOf);
    if (figures.averageDaysLate === null || figures.averageDaysLate <= 0) continue;
    const lateness = latenessPattern(client.id, jobs, records, asOf);
    rows.push({
      clientId: client.id,
      name: client.name,
      averageDaysLate: figures.averageDaysLate,
      worstDaysLate: figures.worstDaysLate,
      settledCount: figures.settledCount,
      onTimeRate: figures.onTimeRate,
      overdueCount: figures.overdueCount,
      trend: lateness.trend,
      earlierAverage: lateness.earlierAverage,
      recentAverage: lateness.recentAverage,
    });
  }
  rows.sort(
    (a, b) =>
      b.averageDaysLate - a.averageDaysLate ||
      b.worstDaysLate - a.worstDaysLate ||
      a.name.localeCompare(b.name),
  );
  return rows.slice(0, limit);
}
