/**
 * Zod compiles faster parsers with `new Function` where it may. The app's Content-Security-Policy
 * forbids eval, so Zod would fall back anyway, but its probe is still reported as a policy
 * violation. Turn the compiler off before any schema is built: main.ts imports this first.
 *
 * Zod keeps its settings in one global object (`globalThis.__zod_globalConfig`, which every copy
 * of zod 4 shares) and adopts it when it loads, so this needs no zod itself: zod is not part of the
 * first visit's code, only of the screens that validate.
 */
const zodGlobal = globalThis as { __zod_globalConfig?: Record<string, unknown> };

Object.assign((zodGlobal.__zod_globalConfig ??= {}), { jitless: true });
