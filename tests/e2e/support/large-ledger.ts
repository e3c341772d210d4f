/**
 * A deterministic ledger of many jobs, written as a plain export file (src/sync/format.ts) for the
 * Sync screen to import. Job n (1-based) is titled "Job 0000n"; a higher n is ordered later, so
 * the job list, newest first, starts at the highest and ends at "Job 00001". Statuses go
 * disputed, open, done, invoiced in turn, so a quarter of the jobs are disputed.
 */
export interface LargeLedger {
  text: string;
  jobs: number;
  title: (n: number) => string;
  statusOf: (n: number) => 'disputed' | 'open' | 'done' | 'invoiced';
}

const statuses = ['disputed', 'open', 'done', 'invoiced'] as const;
const STAMP = '001767225600000-000000-e2e-large';
const CREATED = '2026-01-01T00:00:00.000Z';

function uuid(prefix: string, n: number): string {
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function day(offset: number): string {
  return new Date(Date.UTC(2015, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Every field stamped once, as a device that wrote them would. */
function stamped<T extends Record<string, unknown>>(fields: T) {
  const stamps = Object.fromEntries(
    ['deletedAt', ...Object.keys(fields)].map((key) => [key, STAMP]),
  );
  return { ...fields, stamps };
}

export function largeLedger(jobCount: number, clientCount = 50): LargeLedger {
  const title = (n: number) => `Job ${String(n).padStart(5, '0')}`;
  const statusOf = (n: number) => statuses[(n - 1) % statuses.length]!;
  const parties = Array.from({ length: clientCount }, (_, i) => ({
    id: uuid('a0000000', i + 1),
    createdAt: CREATED,
    updatedAt: CREATED,
    deletedAt: null,
    ...stamped({
      kind: 'client',
      name: `Client ${String(i + 1).padStart(3, '0')}`,
      email: '',
      phone: '',
      address: '',
      addressConfirmedOn: null,
      termsNetDays: 30,
      depositPercent: 0,
      relationshipStart: null,
      referredById: null,
      notes: '',
      archived: false,
    }),
  }));
  const jobs = Array.from({ length: jobCount }, (_, i) => {
    const n = i + 1;
    const status = statusOf(n);
    const orderedOn = day(Math.floor(i / 6));
    // Created in order too, so jobs ordered on the same day still list newest first.
    const createdAt = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
    return {
      id: uuid('b0000000', n),
      createdAt,
      updatedAt: createdAt,
      deletedAt: null,
      ...stamped({
        clientId: parties[i % clientCount]!.id,
        title: title(n),
        orderedOn,
        promisedOn: null,
        doneOn: status === 'open' ? null : orderedOn,
        invoicedOn: status === 'invoiced' ? orderedOn : null,
        dueOn: null,
        amount: 10_000 + (i % 100) * 100,
        currency: 'USD',
        termsNetDays: 30,
        status,
        subcontractorId: null,
        subcontractorCost: 0,
        problems: [],
        problemNote: '',
        notes: '',
      }),
    };
  });
  const envelope = {
    format: 'goodwill-ledger-export',
    version: 1,
    exportedAt: '2026-06-01T12:00:00.000Z',
    device: { id: 'e2e-large', name: 'Generator' },
    parties,
    jobs,
    payments: [],
    contacts: [],
    settings: [],
    worksheets: [],
  };
  return { text: JSON.stringify(envelope), jobs: jobCount, title, statusOf };
}
