import type { Curve } from './types';

/**
 * How the length of a relationship weighs, shared by the templates that weigh it alike (forgive or
 * pursue, who pays whom) so they never drift apart: a new client counts against, six months is
 * neutral, two years counts well, five years fully. Frozen earlier definitions keep their own copy.
 */
export const TENURE_CURVE: Curve = [
  [0, -0.5],
  [6, 0],
  [24, 0.7],
  [60, 1],
];
