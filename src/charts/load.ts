/** Loads Chart.js once, on first need, as its own chunk: it is not part of the first page load. */
import type * as ChartModule from './register';

let loading: Promise<typeof ChartModule> | undefined;

export function loadChartJs(): Promise<typeof ChartModule> {
  loading ??= import('./register').catch((error: unknown) => {
    // Let a later chart try again (say, once the app is back online after an update).
    loading = undefined;
    throw error;
  });
  return loading;
}
