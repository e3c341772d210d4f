import { describe, expect, test } from 'vitest';
import { en } from '../../i18n/catalogue';
import { fileProblemCodes, recordProblemCodes } from '../../state/sync.svelte';
import { problemText } from './problem-text';

describe('file problems in plain words', () => {
  test('a problem inside a record names its place, then what is wrong', () => {
    expect(problemText({ code: 'not_whole_cents', path: 'jobs[41].amount' })).toBe(
      'jobs[41].amount: expected a whole number of cents',
    );
    expect(
      problemText({
        code: 'missing_reference',
        path: 'payments[0].partyId',
        params: { table: 'parties' },
      }),
    ).toBe('payments[0].partyId: refers to a record that is not in the file (parties)');
  });

  test('a problem with the whole file says what to do', () => {
    expect(problemText({ code: 'newer_version', params: { version: 2, supported: 1 } })).toBe(
      'This file was made by a newer version of the app (format 2; this one reads up to 1). Update the app on this device, then import it again.',
    );
    expect(problemText({ code: 'too_large', params: { size: 250, limit: 200 } })).toMatch(
      /^The file is 250 MB; files over 200 MB are not read/,
    );
    expect(problemText({ code: 'too_large', path: 'jobs[0].amount' })).toBe(
      'jobs[0].amount: too large',
    );
  });

  test('every code the reader can report has words', () => {
    for (const code of [...fileProblemCodes, ...recordProblemCodes]) {
      expect(Object.hasOwn(en, `sync.problem.${code}`), code).toBe(true);
    }
  });
});
