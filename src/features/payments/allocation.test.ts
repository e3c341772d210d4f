import { describe, expect, it } from 'vitest';
import { CLIENT_ID, makeJob, makePayment, testId } from '../test-money-records';
import { singleLine } from '../../domain/records';
import type { Job, Payment } from '../../domain/records';
import {
  jobOptions,
  keptRows,
  refill,
  rowsToAllocations,
  spreadOldestFirst,
  stillToPay,
  toggle,
  unassigned,
} from './allocation';

const SUB_ID = testId(3);
const ASOF = '2026-06-01';

/** Three invoiced jobs of the client: due 1 Feb (300.00), 1 Mar (500.00) and 1 Apr (200.00). */
function threeJobs(): Job[] {
  return [
    makeJob({
      title: 'March',
      invoicedOn: '2026-03-01',
      dueOn: '2026-03-01',
      lines: [singleLine(50000)],
    }),
    makeJob({
      title: 'April',
      invoicedOn: '2026-04-01',
      dueOn: '2026-04-01',
      lines: [singleLine(20000)],
    }),
    makeJob({
      title: 'February',
      invoicedOn: '2026-02-01',
      dueOn: '2026-02-01',
      lines: [singleLine(30000)],
    }),
  ];
}

function clientOptions(jobs: Job[], payments: Payment[] = [], extra = {}) {
  return jobOptions({
    direction: 'client_to_me',
    partyId: CLIENT_ID,
    currency: 'USD',
    jobs,
    payments,
    asOf: ASOF,
    ...extra,
  });
}

describe('jobOptions', () => {
  it('lists the client’s jobs with something to pay, oldest due first', () => {
    const jobs = threeJobs();
    const paidOff = makeJob({
      title: 'Paid',
      invoicedOn: '2026-01-01',
      lines: [singleLine(10000)],
    });
    const other = makeJob({ title: 'Other client', clientId: testId(2), invoicedOn: '2026-01-01' });
    const payments = [makePayment('2026-01-15', [{ job: paidOff, amount: 10000 }])];
    const { options } = clientOptions([...jobs, paidOff, other], payments);
    expect(options.map((o) => o.job.title)).toEqual(['February', 'March', 'April']);
    expect(options.map((o) => o.cap)).toEqual([30000, 50000, 20000]);
  });

  it('caps a partly paid job at what is left of it', () => {
    const jobs = threeJobs();
    const feb = jobs[2]!;
    const { options } = clientOptions(jobs, [
      makePayment('2026-02-10', [{ job: feb, amount: 10000 }]),
    ]);
    expect(options.find((o) => o.job.id === feb.id)?.cap).toBe(20000);
  });

  it('offers an open job for a deposit, after the billed ones', () => {
    const open = makeJob({ title: 'Deposit', status: 'open', lines: [singleLine(80000)] });
    const { options } = clientOptions([open, ...threeJobs()]);
    expect(options.at(-1)).toMatchObject({ cap: 80000 });
    expect(options.at(-1)?.job.title).toBe('Deposit');
  });

  it('leaves out cancelled and written-off jobs', () => {
    const jobs = [
      makeJob({ status: 'cancelled' }),
      makeJob({ status: 'cancelled', title: 'Also cancelled' }),
    ];
    expect(clientOptions(jobs).options).toEqual([]);
  });

  it('when editing, gives back the edited payment’s own share and keeps its jobs listed', () => {
    const jobs = threeJobs();
    const feb = jobs[2]!;
    const edited = makePayment('2026-02-10', [{ job: feb, amount: 30000 }]);
    expect(clientOptions(jobs, [edited]).options.map((o) => o.job.title)).toEqual([
      'March',
      'April',
    ]);
    const editing = clientOptions(jobs, [edited], {
      editingId: edited.id,
      keep: new Set([feb.id]),
    });
    expect(editing.options[0]).toMatchObject({ cap: 30000 });
    expect(editing.options[0]?.job.id).toBe(feb.id);
  });

  it('lists only jobs in the payment’s currency and counts the others', () => {
    const jobs = [...threeJobs(), makeJob({ currency: 'EUR', invoicedOn: '2026-01-02' })];
    const { options, otherCurrency } = clientOptions(jobs);
    expect(options).toHaveLength(3);
    expect(otherCurrency).toBe(1);
  });

  it('for a subcontractor lists every job they worked on, newest first, with no cap', () => {
    const jobs = [
      makeJob({ title: 'Old', orderedOn: '2026-01-01', subcontractorId: SUB_ID }),
      makeJob({
        title: 'New',
        orderedOn: '2026-02-01',
        subcontractorId: SUB_ID,
        status: 'invoiced',
      }),
      makeJob({ title: 'Not theirs' }),
    ];
    const { options } = jobOptions({
      direction: 'me_to_sub',
      partyId: SUB_ID,
      currency: 'USD',
      jobs,
      payments: [],
      asOf: ASOF,
    });
    expect(options.map((o) => [o.job.title, o.cap])).toEqual([
      ['New', null],
      ['Old', null],
    ]);
  });
});

describe('stillToPay', () => {
  it('is nothing for a job with no balance', () => {
    expect(stillToPay(makeJob(), undefined)).toBe(0);
  });
});

describe('spreadOldestFirst', () => {
  it('fills the oldest due jobs first, each up to what it needs', () => {
    const { options } = clientOptions(threeJobs());
    const rows = spreadOldestFirst(options, 60000, 'USD');
    expect(options.map((o) => rows[o.job.id])).toEqual([
      { checked: true, amount: '300.00', auto: true },
      { checked: true, amount: '300.00', auto: true },
      { checked: false, amount: '', auto: false },
    ]);
  });

  it('stops at what the jobs need and leaves the rest unassigned', () => {
    const { options } = clientOptions(threeJobs());
    const rows = spreadOldestFirst(options, 120000, 'USD');
    expect(unassigned(120000, options, rows, 'USD')).toBe(20000);
  });
});

describe('toggle', () => {
  it('gives a ticked job what is left of the payment, up to what it needs', () => {
    const { options } = clientOptions(threeJobs());
    const [feb, mar] = options.map((o) => o.job.id) as [string, string];
    let rows = toggle(options, {}, mar, true, 70000, 'USD');
    expect(rows[mar]?.amount).toBe('500.00');
    rows = toggle(options, rows, feb, true, 70000, 'USD');
    // Only what is left: ticking a second job takes nothing from the first.
    expect(rows[feb]?.amount).toBe('200.00');
    expect(unassigned(70000, options, rows, 'USD')).toBe(0);
  });

  it('a partial payment fills the job partly, leaving the rest outstanding', () => {
    const { options } = clientOptions(threeJobs());
    const feb = options[0]!.job.id;
    const rows = toggle(options, {}, feb, true, 10000, 'USD');
    expect(rows[feb]).toEqual({ checked: true, amount: '100.00', auto: true });
  });

  it('unticking gives the money back to the other app-filled rows', () => {
    const { options } = clientOptions(threeJobs());
    const [feb, mar] = options.map((o) => o.job.id) as [string, string];
    let rows = spreadOldestFirst(options, 60000, 'USD');
    rows = toggle(options, rows, feb, false, 60000, 'USD');
    expect(rows[feb]).toEqual({ checked: false, amount: '', auto: true });
    expect(rows[mar]?.amount).toBe('500.00');
  });

  it('ticking with nothing left gives the job nothing yet', () => {
    const { options } = clientOptions(threeJobs());
    const feb = options[0]!.job.id;
    expect(toggle(options, {}, feb, true, 0, 'USD')[feb]?.amount).toBe('');
  });
});

describe('refill', () => {
  it('keeps app-filled rows in step with the payment amount', () => {
    const { options } = clientOptions(threeJobs());
    const feb = options[0]!.job.id;
    const rows = toggle(options, {}, feb, true, 30000, 'USD');
    expect(refill(options, rows, 12345, 'USD')[feb]?.amount).toBe('123.45');
    expect(refill(options, rows, 99999, 'USD')[feb]?.amount).toBe('300.00');
  });

  it('leaves an amount the person typed alone, and fills around it', () => {
    const { options } = clientOptions(threeJobs());
    const [feb, mar] = options.map((o) => o.job.id) as [string, string];
    const rows = {
      [feb]: { checked: true, amount: '50', auto: false },
      [mar]: { checked: true, amount: '', auto: true },
    };
    const next = refill(options, rows, 40000, 'USD');
    expect(next[feb]?.amount).toBe('50');
    expect(next[mar]?.amount).toBe('350.00');
  });
});

describe('rowsToAllocations', () => {
  it('turns ticked rows into allocations and reports amounts that do not parse', () => {
    const { options } = clientOptions(threeJobs());
    const [feb, mar, apr] = options.map((o) => o.job.id) as [string, string, string];
    const rows = {
      [feb]: { checked: true, amount: '300', auto: false },
      [mar]: { checked: true, amount: 'lots', auto: false },
      [apr]: { checked: true, amount: '0', auto: false },
    };
    expect(rowsToAllocations(options, rows, 'USD')).toEqual({
      allocations: [{ jobId: feb, amount: 30000 }],
      errors: { [mar]: 'not_a_number', [apr]: 'not_positive' },
    });
  });

  it('ignores rows for jobs no longer listed (another party chosen)', () => {
    const { options } = clientOptions(threeJobs());
    const rows = { [testId(77)]: { checked: true, amount: '10', auto: false } };
    expect(rowsToAllocations(options, rows, 'USD').allocations).toEqual([]);
  });
});

describe('rows kept through a reload', () => {
  it('come back when they have the shape of a row', () => {
    const rows = { [testId(10)]: { checked: true, amount: '12.50', auto: false } };
    expect(keptRows(JSON.parse(JSON.stringify(rows)))).toEqual(rows);
  });

  it('leave out anything else', () => {
    const kept = {
      [testId(10)]: { checked: 'yes', amount: '1', auto: true },
      [testId(11)]: null,
      [testId(12)]: { checked: true, amount: 5, auto: true },
    };
    expect(keptRows(kept)).toEqual({});
    expect(keptRows('rows')).toEqual({});
    expect(keptRows([{ checked: true, amount: '1', auto: true }])).toEqual({});
  });
});
