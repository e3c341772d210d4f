/** Figures derived from the records: pure, so every screen and worksheet gets the same answer. */
export * from './aging';
export * from './billable';
export * from './client-credit';
export * from './dispute-timing';
export * from './due-date';
export * from './job-balance';
export * from './party-figures';
export * from './promises';
export * from './records-of-party';
