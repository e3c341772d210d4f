import { describe, expect, it } from 'vitest';
import './zod-without-eval';

describe('zod without eval', () => {
  it('has zod build its parsers without new Function, though it sets this before zod loads', async () => {
    const { config, z } = await import('zod');
    expect(config().jitless).toBe(true);
    // And a strict object still parses (the jitless path) and refuses unknown keys.
    const schema = z.strictObject({ a: z.string() });
    expect(schema.parse({ a: 'x' })).toEqual({ a: 'x' });
    expect(schema.safeParse({ a: 'x', b: 1 }).success).toBe(false);
  });
});
