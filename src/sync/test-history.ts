/**
 * For the property tests: random edit histories played on two or three devices through the real
 * write path (saveRecord to create and edit parties, jobs, payments, credits, write-offs, disputes,
 * promises, invoices and contacts, with valid links;
 * setDeleted to delete and restore), files exchanged through the real import at random moments,
 * and wall clocks that pass, drift by a second or two and step back.
 *
 * Every value is valid by construction, so every write is accepted: a job's other dates are in
 * March and its order date in February (so are a payment's sent and received days, a dispute's
 * raised and resolved days, a promise's made and due days, an invoice's issued and due days), a
 * payment is never less than its one allocation, a job's deposit never more than its bill, and the
 * job of a payment, credit, write-off, dispute, promise or invoice is its party's own job. Playing keeps a log of every field each write stamped, with
 * its value and stamp (from which the merge's answer follows) and the newest stamp the device held
 * before it.
 */
import fc from 'fast-check';
import { saveRecord, setDeleted } from '../db';
import { clientInput, jobInput, paymentInput } from '../db/test-db';
import {
  contactKinds,
  creditReasons,
  disputeResolutions,
  emptyParty,
  jobProblems,
  jobStatuses,
  lateFeeKinds,
  paymentMethods,
  promiseChannels,
  purposesByDirection,
  singleLine,
  type InputOf,
} from '../domain/records';
import { at, exchange, exportText, importText, START_MS, type Device } from './test-devices';

export type Table =
  | 'parties'
  | 'jobs'
  | 'payments'
  | 'credits'
  | 'writeOffs'
  | 'disputes'
  | 'promises'
  | 'invoices'
  | 'contacts';
export const tables: readonly Table[] = [
  'parties',
  'jobs',
  'payments',
  'credits',
  'writeOffs',
  'disputes',
  'promises',
  'invoices',
  'contacts',
];

/** Which records a link may name: live ones, and of the right kind. */
type Link = 'party' | 'client' | 'subcontractor' | 'job';

/**
 * One field's new value (with `also`, fields that must change with it, as a dispute's resolution
 * with its day). A link names a record by its position among the acting device's candidates
 * (positions wrap around), or null; `allocate` changes the amount a payment puts on its job.
 */
export type FieldEdit =
  | { field: string; value: unknown; also?: Record<string, unknown> }
  | { field: string; link: Link; pick: number | null }
  | { field: 'allocations'; allocate: number };

/** `on`, `from` and `to` are device numbers, taken modulo the number of devices. */
export type Op =
  | { kind: 'create'; on: number; table: Table; links: number[]; edits: FieldEdit[] }
  | { kind: 'edit'; on: number; table: Table; pick: number; edits: FieldEdit[] }
  | { kind: 'delete'; on: number; table: Table; pick: number; deleted: boolean }
  /** Real time passes, for every device alike. */
  | { kind: 'time'; ms: number }
  /** One device's clock is set a little off real time: ahead, behind, or back from ahead. */
  | { kind: 'skew'; on: number; ms: number }
  | { kind: 'sync'; from: number; to: number };

/** A field's value as a write left it, and its stamp. */
export interface Written {
  table: Table;
  id: string;
  field: string;
  value: unknown;
  stamp: string;
  /** The newest stamp the writing device held before: the write must beat it. */
  after: string;
}

const february = fc.constantFrom('2026-02-02', '2026-02-16', '2026-02-27');
const march = fc.constantFrom('2026-03-01', '2026-03-02', '2026-03-31');
const shortText = fc.string({ maxLength: 8 });

const plain = (field: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<FieldEdit> =>
  value.map((v) => ({ field, value: v }));
const link = (field: string, to: Link): fc.Arbitrary<FieldEdit> =>
  fc.option(fc.nat({ max: 9 }), { nil: null }).map((pick) => ({ field, link: to, pick }));

const fieldEdits: Record<Table, fc.Arbitrary<FieldEdit>> = {
  parties: fc.oneof(
    plain('name', fc.constantFrom('Ada', 'Bo Ng', 'Юлия', '<b>Zoë</b>')),
    plain('email', fc.constantFrom('', 'ada@example.com', 'bo@example.org')),
    plain('phone', fc.constantFrom('', '555 0100', '+44 20 7946 0000')),
    plain('address', fc.constantFrom('', '1 High St', '9 Low Rd')),
    plain('addressConfirmedOn', fc.option(march, { nil: null })),
    plain('termsNetDays', fc.integer({ min: 0, max: 365 })),
    plain('depositPercent', fc.integer({ min: 0, max: 100 })),
    plain('relationshipStart', fc.option(february, { nil: null })),
    plain('notes', shortText),
    plain('archived', fc.boolean()),
    plain('lateFeeKind', fc.constantFrom(...lateFeeKinds)),
    plain('lateFeeFlat', fc.integer({ min: 0, max: 10_000 })),
    plain('documentLanguage', fc.constantFrom(null, 'en', 'ru')),
    link('referredById', 'party'),
  ),
  jobs: fc.oneof(
    plain('title', fc.constantFrom('Roof', 'Gutter', 'Fence')),
    plain('orderedOn', february),
    plain('promisedOn', fc.option(march, { nil: null })),
    plain('doneOn', fc.option(march, { nil: null })),
    plain('invoicedOn', fc.option(march, { nil: null })),
    plain('dueOn', fc.option(march, { nil: null })),
    // Never below the largest deposit asked, so the deposit always fits the bill.
    plain(
      'lines',
      fc
        .tuple(fc.integer({ min: 1_000, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000 }))
        .map(([price, cost]) => [singleLine(price, cost)]),
    ),
    plain('depositAsked', fc.constantFrom(0, 500, 1_000)),
    plain('termsNetDays', fc.integer({ min: 0, max: 365 })),
    plain('status', fc.constantFrom(...jobStatuses)),
    link('subcontractorId', 'subcontractor'),
    plain('problems', fc.subarray([...jobProblems])),
    plain('problemNote', shortText),
    plain('notes', shortText),
  ),
  payments: fc.oneof(
    plain('sentOn', february),
    plain('receivedOn', fc.option(march, { nil: null })),
    // Never below the most an allocation can be, so the payment always covers it.
    plain('amount', fc.integer({ min: 1_000, max: 500_000 })),
    plain('method', fc.constantFrom(...paymentMethods)),
    plain('purpose', fc.constantFrom(...purposesByDirection.client_to_me)),
    fc
      .integer({ min: 1, max: 1_000 })
      .map((allocate): FieldEdit => ({ field: 'allocations', allocate })),
    plain('reference', shortText),
    plain('notes', shortText),
  ),
  credits: fc.oneof(
    plain('on', march),
    plain('amount', fc.integer({ min: 1, max: 100_000 })),
    plain('reason', fc.constantFrom(...creditReasons)),
    plain('note', shortText),
  ),
  writeOffs: fc.oneof(
    plain('on', march),
    plain('amount', fc.integer({ min: 1, max: 100_000 })),
    plain('note', shortText),
  ),
  disputes: fc.oneof(
    plain('raisedOn', february),
    plain('amount', fc.integer({ min: 1, max: 100_000 })),
    plain('reason', shortText),
    fc
      .option(fc.tuple(march, fc.constantFrom(...disputeResolutions)), { nil: null })
      .map((resolved): FieldEdit => ({
        field: 'resolvedOn',
        value: resolved?.[0] ?? null,
        also: { resolution: resolved?.[1] ?? null },
      })),
  ),
  promises: fc.oneof(
    plain('madeOn', february),
    plain('dueOn', march),
    plain('amount', fc.integer({ min: 1, max: 100_000 })),
    plain('via', fc.constantFrom(...promiseChannels)),
    plain('note', shortText),
  ),
  invoices: fc.oneof(
    plain('issuedOn', february),
    plain('dueOn', march),
    plain('language', fc.constantFrom('en', 'ru')),
    plain('note', shortText),
    plain('voidedOn', fc.option(march, { nil: null })),
  ),
  contacts: fc.oneof(
    plain('on', march),
    plain('kind', fc.constantFrom(...contactKinds)),
    plain('initiatedBy', fc.constantFrom('me', 'them')),
    plain('promisedOn', fc.option(march, { nil: null })),
    plain('note', shortText),
    link('jobId', 'job'),
    link('referredPartyId', 'party'),
  ),
};

const table = fc.constantFrom(...tables);
const device = fc.nat({ max: 2 });
const pick = fc.nat({ max: 9 });
/** Several fields per edit. */
const edits = (t: Table) => fc.array(fieldEdits[t], { minLength: 1, maxLength: 3 });

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: table.chain((t) =>
      fc.record({
        kind: fc.constant('create' as const),
        on: device,
        table: fc.constant(t),
        links: fc.tuple(pick, pick),
        edits: fc.array(fieldEdits[t], { maxLength: 2 }),
      }),
    ),
  },
  {
    weight: 5,
    arbitrary: table.chain((t) =>
      fc.record({
        kind: fc.constant('edit' as const),
        on: device,
        table: fc.constant(t),
        pick,
        edits: edits(t),
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      on: device,
      table,
      pick,
      deleted: fc.boolean(),
    }),
  },
  {
    weight: 2,
    // Often none, so that devices write in the same millisecond and the device id decides.
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      ms: fc.constantFrom(0, 0, 1, 999, 15_000),
    }),
  },
  {
    weight: 1,
    // Within two seconds of real time: no device is ever far ahead of another.
    arbitrary: fc.record({
      kind: fc.constant('skew' as const),
      on: device,
      ms: fc.constantFrom(-1_500, -1, 0, 1, 2_000),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('sync' as const), from: device, to: device }),
  },
);

/** A handful of steps: 1,000 runs of a property must stay quick. */
export const history = fc.array(op, { maxLength: 12 });

/** What each device has seen: `seen[d][x]` counts the writes of device x that device d holds. */
export type Seen = number[][];

export interface Played {
  log: Written[];
  seen: Seen;
}

type Row = Record<string, unknown> & {
  id: string;
  deletedAt: string | null;
  stamps: Record<string, string>;
};

const notEditable = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'stamps']);

function inputOf(row: Row): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !notEditable.has(key)));
}

function choose<T>(list: readonly T[], n: number): T | undefined {
  return list.length ? list[n % list.length] : undefined;
}

/** What a device holds, read in one transaction before each of its writes. */
type Held = Record<Table, Row[]>;

async function holdings(device: Device): Promise<Held> {
  const { db } = device;
  return db.transaction(
    'r',
    tables.map((t) => db.table(t)),
    async () => {
      const rows = (await Promise.all(tables.map((t) => db.table(t).toArray()))) as Row[][];
      return Object.fromEntries(tables.map((t, i) => [t, rows[i]!])) as Held;
    },
  );
}

const live = (rows: Row[]) => rows.filter((r) => r.deletedAt === null);

function candidates(held: Held, to: Link): Row[] {
  if (to === 'job') return live(held.jobs);
  const parties = live(held.parties);
  return to === 'party' ? parties : parties.filter((r) => r.kind === to);
}

/** `input` with the edits made; a link with no candidate leaves its field as it was. */
function edited(
  held: Held,
  input: Record<string, unknown>,
  changes: readonly FieldEdit[],
): Record<string, unknown> {
  const next = { ...input };
  for (const change of changes) {
    if ('value' in change) {
      next[change.field] = change.value;
      Object.assign(next, change.also);
    } else if ('allocate' in change) {
      const allocations = next.allocations as { jobId: string; amount: number }[];
      next.allocations = allocations.map((a) => ({ ...a, amount: change.allocate }));
    } else if (change.pick === null) next[change.field] = null;
    else {
      const target = choose(candidates(held, change.link), change.pick);
      if (target) next[change.field] = target.id;
    }
  }
  return next;
}

/** The input of a new record, its links chosen among live records; none when there are none. */
function newInput(
  held: Held,
  t: Table,
  [first, second]: number[],
): Record<string, unknown> | undefined {
  switch (t) {
    case 'parties':
      return {
        ...emptyParty(first! % 2 ? 'subcontractor' : 'client', { termsNetDays: 30 }),
        name: 'New',
      };
    case 'jobs': {
      const client = choose(candidates(held, 'client'), first!);
      return (
        client && jobInput(client.id, { orderedOn: '2026-02-16', doneOn: null, invoicedOn: null })
      );
    }
    case 'payments': {
      const parties = new Set(candidates(held, 'party').map((p) => p.id));
      const jobs = candidates(held, 'job').filter((j) => parties.has(j.clientId as string));
      const job = choose(jobs, first!);
      return (
        job &&
        paymentInput(job.clientId as string, {
          sentOn: '2026-02-27',
          receivedOn: '2026-03-02',
          amount: 1_000,
          allocations: [{ jobId: job.id, amount: 1 + (second! % 1_000) }],
        })
      );
    }
    case 'credits':
    case 'writeOffs':
    case 'disputes':
    case 'promises':
    case 'invoices': {
      // Against a live job of a live client: the record's party is the job's client.
      const clients = new Set(candidates(held, 'client').map((p) => p.id));
      const job = choose(
        candidates(held, 'job').filter((j) => clients.has(j.clientId as string)),
        first!,
      );
      if (!job) return undefined;
      const owed = { partyId: job.clientId as string, jobId: job.id };
      const amount = 1 + (second! % 1_000);
      if (t === 'credits') {
        return { ...owed, on: '2026-03-02', amount, currency: 'USD', reason: 'goodwill', note: '' };
      }
      if (t === 'writeOffs')
        return { ...owed, on: '2026-03-31', amount, currency: 'USD', note: '' };
      if (t === 'disputes') {
        return {
          ...owed,
          raisedOn: '2026-02-27',
          amount,
          reason: '',
          resolvedOn: null,
          resolution: null,
        };
      }
      if (t === 'promises') {
        return {
          ...owed,
          jobId: second! % 2 ? job.id : null,
          madeOn: '2026-02-16',
          dueOn: '2026-03-02',
          amount,
          currency: 'USD',
          via: 'call',
          note: '',
        };
      }
      return {
        partyId: owed.partyId,
        series: 'A',
        sequence: amount,
        issuedOn: '2026-02-27',
        dueOn: '2026-03-31',
        jobIds: [job.id],
        currency: 'USD',
        language: 'en',
        note: '',
        voidedOn: null,
      };
    }
    case 'contacts': {
      const party = choose(candidates(held, 'party'), first!);
      return (
        party && {
          partyId: party.id,
          jobId: null,
          on: '2026-03-01',
          kind: 'note',
          initiatedBy: 'me',
          promisedOn: null,
          referredPartyId: null,
          note: '',
        }
      );
    }
  }
}

function newestStamp(held: Held): string {
  let newest = '';
  for (const t of tables) {
    for (const row of held[t]) {
      for (const stamp of Object.values(row.stamps)) if (stamp > newest) newest = stamp;
    }
  }
  return newest;
}

/** Logs the fields `record` has new stamps on, compared with `before`. */
function logged(log: Written[], t: Table, held: Held, record: unknown, before?: Row) {
  const row = record as Row;
  const after = newestStamp(held);
  for (const [field, stamp] of Object.entries(row.stamps)) {
    if (stamp === before?.stamps[field]) continue;
    log.push({ table: t, id: row.id, field, value: row[field], stamp, after });
  }
}

/** One write of `o` on `device`; false when it found nothing to write to. */
async function write(device: Device, o: Op, log: Written[]): Promise<boolean> {
  if (o.kind !== 'create' && o.kind !== 'edit' && o.kind !== 'delete') return false;
  const held = await holdings(device);
  const { db } = device;
  if (o.kind === 'create') {
    const input = newInput(held, o.table, o.links);
    if (!input) return false;
    const values = edited(held, input, o.edits) as InputOf[Table];
    logged(log, o.table, held, await saveRecord(db, o.table, values));
    return true;
  }
  if (o.kind === 'edit') {
    const row = choose(live(held[o.table]), o.pick);
    if (!row) return false;
    const values = edited(held, inputOf(row), o.edits) as InputOf[Table];
    logged(log, o.table, held, await saveRecord(db, o.table, values, row.id), row);
    return true;
  }
  const row = choose(held[o.table], o.pick);
  if (!row) return false;
  logged(log, o.table, held, await setDeleted(db, o.table, row.id, o.deleted), row);
  return true;
}

/**
 * Plays `ops` on the devices. First the first device records a client and a job and every other
 * device imports them, so the devices share records to edit at once and concurrently.
 */
export async function play(devices: Device[], ops: readonly Op[]): Promise<Played> {
  const n = devices.length;
  const log: Written[] = [];
  const seen: Seen = devices.map(() => devices.map(() => 0));
  const skew = devices.map(() => 0);
  let now = START_MS;
  const setWalls = () => devices.forEach((d, i) => (d.wall = now + skew[i]!));

  const first = devices[0]!;
  await at(first, async () => {
    const empty = await holdings(first);
    const client = await saveRecord(first.db, 'parties', clientInput());
    logged(log, 'parties', empty, client);
    const withClient = await holdings(first);
    const job = await saveRecord(
      first.db,
      'jobs',
      jobInput(client.id, { orderedOn: '2026-02-02' }),
    );
    logged(log, 'jobs', withClient, job);
  });
  seen[0]![0] = 1;
  const text = await exportText(first);
  for (let i = 1; i < n; i++) {
    await importText(devices[i]!, text);
    seen[i] = [...seen[0]!];
  }

  for (const o of ops) {
    if (o.kind === 'time') now += o.ms;
    else if (o.kind === 'skew') skew[o.on % n] = o.ms;
    else if (o.kind === 'sync') await sync(devices, seen, o.from % n, o.to % n);
    else {
      const d = o.on % n;
      if (await at(devices[d]!, () => write(devices[d]!, o, log))) seen[d]![d]! += 1;
    }
    setWalls();
  }
  return { log, seen };
}

/** `to` imports the file of `from`, and so holds whatever `from` had seen. */
export async function sync(devices: Device[], seen: Seen, from: number, to: number) {
  if (from === to) return;
  await exchange(devices[from]!, devices[to]!);
  seen[to] = seen[to]!.map((count, x) => Math.max(count, seen[from]![x]!));
}

/** Whether every device holds every write of every device. */
export function everyoneHasSeenEveryone(seen: Seen): boolean {
  return seen.every((row) => row.every((count, x) => count === seen[x]![x]));
}

/** For each field of each record, the value written with the greatest stamp: the last write. */
export function lastWrites(log: readonly Written[]): Map<string, Written> {
  const last = new Map<string, Written>();
  for (const written of log) {
    const key = `${written.table}/${written.id}/${written.field}`;
    const seen = last.get(key);
    if (!seen || written.stamp > seen.stamp) last.set(key, written);
  }
  return last;
}
