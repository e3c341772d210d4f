/**
 * What every stored record carries: a UUID, when it was created and last changed, a tombstone
 * (`deletedAt`, so a delete travels to the other device) and one HLC stamp per field a write changed.
 */
import { z } from 'zod';
import { instantSchema } from '../date-schemas';
import { hlcSchema } from '../hlc-schema';

export const idSchema = z.uuid({ error: 'invalid_id' });
export type Id = z.infer<typeof idSchema>;

export const baseShape = {
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  deletedAt: instantSchema.nullable(),
};

/** Free text a person typed: trimmed, bounded so a pasted novel cannot fill the disk. */
export function text(max: number) {
  return z.string({ error: 'required' }).trim().max(max, { error: 'too_long' });
}

export function requiredText(max: number) {
  return text(max).min(1, { error: 'required' });
}

/**
 * A shape with its keys in sorted order. A parsed object's keys come out in its shape's order, and
 * the export writes every record with its keys sorted (sync/canonical.ts): a record parsed by a
 * shape in that order is written as it is, while any other is first copied in order (a quarter of
 * the export's writing on the stress set). Only the order changes, never what is checked.
 */
export function inKeyOrder<S extends z.ZodRawShape>(shape: S): S {
  return Object.fromEntries(
    Object.keys(shape)
      .sort()
      .map((key) => [key, shape[key]]),
  ) as S;
}

/**
 * The full stored shape of a record kind: its editable fields plus the base, with stamps allowed
 * only for those fields and `deletedAt`. Strict, so unknown keys (`__proto__` among them) are refused.
 */
export function storedShape<F extends z.ZodRawShape>(fields: F) {
  const stampable: [string, ...string[]] = ['deletedAt', ...Object.keys(fields)];
  return inKeyOrder({
    ...baseShape,
    ...fields,
    stamps: z.partialRecord(z.enum(stampable), hlcSchema),
  });
}
