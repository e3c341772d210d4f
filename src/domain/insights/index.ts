/** The figures behind the dashboard and the client scorecard: pure, from the metrics. */
export * from './aging';
export * from './goodwill';
export * from './job-lateness';
export * from './ledger';
export * from './monthly';
export * from './months';
export * from './scorecard';
export * from './slowest';
