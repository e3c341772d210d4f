/** The goodwill worksheets: templates as data, facts from the records, scoring, settlement. */
export * from './amounts';
export * from './effects';
export * from './evaluate';
export * from './facts';
export * from './job-settlement';
export * from './messages';
export * from './needs-decision';
export * from './scoring';
export * from './settlement';
export * from './templates';
export type * from './types';
export * from './decide';
