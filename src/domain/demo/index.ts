/** A demo business to explore the app with, built from a seed: pure, for the app and the benchmarks. */
export * from './generate';
export { mulberry32, Random } from './prng';
