import { expect, test } from 'vitest';
import { stressFile } from '../../scripts/generate-data';
import { tableNames } from '../domain/records';
import { readExportText } from './read';

/** Paths of the plain objects under `value` whose keys are not in sorted order. */
function unsortedAt(value: unknown, path: string, out: string[]): string[] {
  if (Array.isArray(value)) value.forEach((item, i) => unsortedAt(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.some((key, i) => i > 0 && keys[i - 1]! > key)) out.push(path);
    for (const key of keys)
      unsortedAt((value as Record<string, unknown>)[key], `${path}.${key}`, out);
  }
  return out;
}

test('records read from a file keep their keys in the order the export writes them, so exporting them again copies none', async () => {
  // The file's own keys are sorted; the read's checks rebuild every record in its schema's order.
  const read = await readExportText(stressFile({ seed: 3, scale: 0.002 }).text);
  if (!read.ok) throw new Error('the stress file was refused');
  const { dataset } = read.file;
  expect(dataset.jobs.some((job) => job.lines.length > 0)).toBe(true);
  expect(dataset.payments.some((payment) => payment.allocations.length > 0)).toBe(true);
  for (const table of tableNames) {
    for (const [i, record] of (dataset[table] as object[]).entries()) {
      const keys = Object.keys(record);
      expect(keys, `${table}[${i}]`).toEqual([...keys].sort());
    }
  }
  // The big tables all the way down: a job's lines, a payment's allocations, the stamps.
  for (const table of ['jobs', 'payments'] as const) {
    expect(unsortedAt(dataset[table], table, [])).toEqual([]);
  }
});
