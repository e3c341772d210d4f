/**
 * The zod schemas of dates.ts's types, apart from its arithmetic: only the write path and the
 * import validate, and a module that builds a schema brings all of zod with it.
 */
import { z } from 'zod';
import { isRealDay } from './dates';

export const daySchema = z.string().refine(isRealDay, { message: 'invalid_day' });

export const instantSchema = z.iso.datetime({ offset: false });
