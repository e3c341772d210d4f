/**
 * The zod schemas of money.ts's types, apart from its arithmetic and formatting: only the write
 * path and the import validate, and a module that builds a schema brings all of zod with it.
 */
import { z } from 'zod';
import { MAX_MINOR } from './money';

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, { message: 'invalid_currency' });

export const minorSchema = z
  .number({ message: 'not_a_number' })
  .int({ message: 'not_whole_cents' })
  .min(0, { message: 'negative' })
  .max(MAX_MINOR, { message: 'too_large' });
