/**
 * Zod compiles faster parsers with `new Function` where it may. The app's Content-Security-Policy
 * forbids eval, so Zod would fall back anyway, but its probe is still reported as a policy
 * violation. Turn the compiler off before any schema is built: main.ts imports this first.
 */
import { config } from 'zod';

config({ jitless: true });
