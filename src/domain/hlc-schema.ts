/** The zod schema of a clock stamp, apart from the clock (see date-schemas.ts for why). */
import { z } from 'zod';
import { HLC_PATTERN } from './hlc';

export const hlcSchema = z.string().regex(HLC_PATTERN, { message: 'invalid_stamp' });
