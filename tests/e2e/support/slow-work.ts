/**
 * How long a test may wait for the end of a bulk write, such as loading or removing the demo
 * business (hundreds of records in one transaction, then every figure worked out again). On a
 * shared two-core machine running two browsers this takes well over the 5-second default meant for
 * a screen's reaction to a tap, so the waits for it name this budget. It is a bound on a wait for a
 * state, never a pause: a passing test waits only as long as the work takes.
 */
export const bulkWrite = { timeout: 60_000 };
