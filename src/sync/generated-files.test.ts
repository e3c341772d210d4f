import { describe, expect, it } from 'vitest';
import { demoFile, encryptFile, stressFile } from '../../scripts/generate-data';
import { MAX_FILE_BYTES } from './format';
import { readExportText } from './read';

// A thousandth of the stress set: every table present, links across all of them.
const scale = 0.002;

describe('generated export files', () => {
  it('gives a small stress set that the import accepts whole, with the counts asked for', async () => {
    const file = stressFile({ seed: 7, scale });
    const read = await readExportText(file.text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));
    expect(read.file.dataset.parties).toHaveLength(10);
    expect(read.file.dataset.jobs).toHaveLength(200);
    expect(read.file.dataset.payments).toHaveLength(400);
    expect(read.file.dataset.contacts).toHaveLength(100);
    expect(read.file.dataset.worksheets).toHaveLength(4);
    expect(read.file.records).toBe(714);
    const big = read.file.dataset.jobs.filter((j) => j.clientId === file.bigClientId);
    expect(big).toHaveLength(20);
  });

  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const a = stressFile({ seed: 7, scale });
    expect(stressFile({ seed: 7, scale }).text).toBe(a.text);
    expect(stressFile({ seed: 8, scale }).text).not.toBe(a.text);
    expect(demoFile({ seed: 3 }).text).toBe(demoFile({ seed: 3 }).text);
  });

  it('gives the demo business, worksheets included, as a file the import accepts', async () => {
    const file = demoFile({ seed: 1 });
    const read = await readExportText(file.text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));
    const { dataset } = read.file;
    expect(dataset.parties.filter((p) => p.kind === 'client')).toHaveLength(50);
    expect(dataset.worksheets.length).toBeGreaterThanOrEqual(3);
    expect(new Set(dataset.worksheets.map((w) => w.templateId)).size).toBe(4);
    expect(new Blob([file.text]).size).toBeLessThan(MAX_FILE_BYTES);
  });

  it('encrypts a file into a twin that opens with the passphrase to the same records', async () => {
    const file = stressFile({ seed: 7, scale: 0.0005 });
    const sealed = await encryptFile(file, 'correct horse battery');
    expect(sealed).not.toContain(file.bigClientId);
    const wrong = await readExportText(sealed, { passphrase: 'wrong horse' });
    expect(wrong.ok ? 'opened' : wrong.problems[0]?.code).toBe('wrong_passphrase');
    const opened = await readExportText(sealed, { passphrase: 'correct horse battery' });
    const plain = await readExportText(file.text);
    if (!opened.ok || !plain.ok) throw new Error('the twin did not open');
    expect(opened.file.encrypted).toBe(true);
    expect(opened.file.dataset).toEqual(plain.file.dataset);
  }, 30_000);
});
