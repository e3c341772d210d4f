/** The goodwill worksheets: templates behind one interface, facts from the records, scoring, settlement. */
export * from './amounts';
export * from './effect-builders';
export * from './advice';
export * from './effects';
export * from './evaluate';
export * from './fact-book';
export * from './facts';
export * from './messages';
export * from './needs-decision';
export * from './registry';
export * from './scoring';
export * from './settlement';
export * from './template';
export type * from './types';
export * from './decide';
