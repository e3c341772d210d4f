/**
 * What a read does with the nothing-stored answer (nothing-stored.ts) while the database's code
 * loads: Live gives its query's answer for no records, the ledger's copy the figures of no records.
 * Apart from nothing-stored.ts so that the reads' tests can replace that module alone.
 */
import { databaseLoaded } from './load-database';
import { nothingStored, nothingStoredNow } from './nothing-stored';

/**
 * The app's answer as a read starts: false once the database's code is here (the database answers
 * from then on), the page's early answer when it has one, else the browser's, asked.
 */
export function nothingStoredAnswer(): boolean | Promise<boolean> {
  return databaseLoaded() ? false : (nothingStoredNow() ?? nothingStored());
}

/**
 * Calls `show` when `answer` says nothing is stored: at once when it is known now, so the screen's
 * first paint shows it; when it has been asked, on the browser's reply unless the read `isStale()`
 * by then (stopped, moved on, or answered by the database). `undefined`: not asked, nothing shown.
 */
export function ifNothingStored(
  answer: boolean | Promise<boolean> | undefined,
  show: () => void,
  isStale: () => boolean,
): void {
  if (answer === true) show();
  else if (answer instanceof Promise) {
    void answer.then((nothing) => {
      if (nothing && !isStale()) show();
    });
  }
}
