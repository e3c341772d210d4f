/**
 * The ledger with no records: a device with nothing stored, a job not found, a test's blank page.
 * A module of its own because the first screen's script needs it (ledger-mirror.svelte.ts) and
 * none of tables.ts: importing it from there put the Table class in that script too.
 */
import type { WholeLedger } from './tables';

/**
 * One object shared by every empty ledger, so frozen: a push into one of its lists throws rather
 * than put a record into all of them.
 */
export const EMPTY_LEDGER: WholeLedger = Object.freeze({
  parties: Object.freeze([]),
  jobs: Object.freeze([]),
  payments: Object.freeze([]),
  credits: Object.freeze([]),
  writeOffs: Object.freeze([]),
  disputes: Object.freeze([]),
  promises: Object.freeze([]),
  contacts: Object.freeze([]),
  worksheets: Object.freeze([]),
});
