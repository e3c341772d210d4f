#!/usr/bin/env node
// npm run bench [-- --scale 0.1] [--seed 1] [--port 4404] [--dist dist] [--out bench-results.json]
//                [--only cold-start]
// The benchmark is TypeScript (scripts/bench-run.ts) importing the app's sources; Vite runs it.
import { runnerImport } from 'vite';

await runnerImport('./scripts/bench-run.ts', { configFile: false, logLevel: 'error' });
