/**
 * From version 1 records to version 2, one small named step per change. The database upgrade and
 * the import of an older file both run these, so a record upgrades the same way on every device.
 * They read raw data (an old file is not checked until it has been upgraded), change only the
 * fields they name and leave anything they do not understand for the strict check to report.
 *
 * Money adds up the same: a job's amount becomes one line of that price; a payment keeps its day
 * as the day sent and, once received, as the day received; a job marked written off or disputed
 * gets a write-off or a dispute record for what was still unpaid.
 */
import { derivedId } from './derived-id';

export type Raw = { [key: string]: unknown };

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stampsOf(record: Raw): Raw {
  return isRaw(record.stamps) ? record.stamps : {};
}

/** The later of some stamps (they sort as text), for a field that replaces several. */
function latestStamp(stamps: Raw, fields: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const field of fields) {
    const stamp = stamps[field];
    if (typeof stamp === 'string' && (latest === undefined || stamp > latest)) latest = stamp;
  }
  return latest;
}

/** Moves the stamps of `from` onto `to` (the latest of them), dropping the old names. */
function restamp(record: Raw, from: readonly string[], to: readonly string[]): Raw {
  const stamps = { ...stampsOf(record) };
  const latest = latestStamp(stamps, from);
  for (const field of from) delete stamps[field];
  if (latest !== undefined) for (const field of to) stamps[field] = latest;
  return stamps;
}

const v1BilledStatuses = new Set(['done', 'invoiced', 'paid', 'disputed', 'written_off']);

/** Statuses that said what happened to the money become where the work stands. */
export function v2JobStatus(job: Raw): unknown {
  const status = job.status;
  if (status === 'paid' || status === 'disputed' || status === 'written_off') {
    return typeof job.invoicedOn === 'string' ? 'invoiced' : 'done';
  }
  return status;
}

/** Step: a job's single amount becomes one line, its subcontractor cost that line's unit cost. */
export function jobAmountBecomesOneLine(job: Raw): Raw {
  if (!Object.hasOwn(job, 'amount')) return job;
  const { amount, subcontractorCost, ...rest } = job;
  return {
    ...rest,
    lines: [
      {
        description: '',
        quantity: 1,
        unit: '',
        unitPrice: amount,
        subcontractorUnitCost: subcontractorCost ?? 0,
        late: 0,
        doneByClient: 0,
        notDone: 0,
      },
    ],
    depositAsked: 0,
    stamps: restamp(job, ['amount', 'subcontractorCost'], ['lines']),
  };
}

/** Step: the job's status keeps only where the work stands (see `v2JobStatus`). */
export function jobStatusSaysOnlyTheWork(job: Raw): Raw {
  const status = v2JobStatus(job);
  return status === job.status ? job : { ...job, status };
}

/** Step: a payment's one day and state become the day sent and the day received; it gets a purpose. */
export function paymentKeepsSentAndReceived(payment: Raw): Raw {
  if (!Object.hasOwn(payment, 'paidOn')) return payment;
  const { paidOn, state, ...rest } = payment;
  const purpose =
    payment.direction === 'me_to_client'
      ? // Version 1 counted every payment to a client as goodwill; it could not tell a refund.
        'goodwill'
      : payment.direction === 'sub_to_me'
        ? 'charge_back'
        : 'payment';
  const stamps = restamp(payment, ['paidOn', 'state'], ['sentOn', 'receivedOn']);
  const directionStamp = stampsOf(payment).direction;
  if (typeof directionStamp === 'string') stamps.purpose = directionStamp;
  return {
    ...rest,
    sentOn: paidOn,
    receivedOn: state === 'sent' ? null : paidOn,
    purpose,
    stamps,
  };
}

/** Step: clients get late-fee terms (off) and a document language (the owner's). */
export function partyGetsFeesAndLanguage(party: Raw): Raw {
  if (Object.hasOwn(party, 'lateFeeKind')) return party;
  return {
    ...party,
    lateFeeKind: 'none',
    lateFeeFlat: 0,
    lateFeeRateBasisPoints: 0,
    lateFeeGraceDays: 0,
    documentLanguage: null,
  };
}

/** Step: the settings get the owner's details for documents, empty. */
export function settingsGetOwnerDetails(settings: Raw): Raw {
  if (Object.hasOwn(settings, 'businessAddress')) return settings;
  return {
    ...settings,
    businessAddress: '',
    businessAddressChangedOn: null,
    businessEmail: '',
    businessPhone: '',
    paymentDetails: '',
  };
}

/** The UTC day of a stamp's wall time, or of an instant. */
function dayOfStampOrInstant(stamp: unknown, instant: unknown): string | null {
  if (typeof stamp === 'string' && /^\d{15}-/.test(stamp)) {
    const day = new Date(Number(stamp.slice(0, 15))).toISOString().slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  }
  return typeof instant === 'string' && /^\d{4}-\d{2}-\d{2}/.test(instant)
    ? instant.slice(0, 10)
    : null;
}

/** The newest of a record's stamps, or of some of them. */
function newestStamp(record: Raw, fields?: readonly string[]): string | undefined {
  const stamps = stampsOf(record);
  return latestStamp(stamps, fields ?? Object.keys(stamps));
}

function newer(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined || (b !== undefined && b > a) ? b : a;
}

/**
 * What version 1 counted as received toward each job (received client payments in its currency),
 * and the newest stamp of any payment allocated to it, live or deleted: what the sum was read from.
 */
function receivedByJob(payments: readonly unknown[], currencyOf: Map<string, unknown>) {
  const received = new Map<string, number>();
  const readFrom = new Map<string, string | undefined>();
  for (const payment of payments) {
    if (!isRaw(payment) || !Array.isArray(payment.allocations)) continue;
    const counts =
      payment.deletedAt === null &&
      payment.direction === 'client_to_me' &&
      payment.state === 'received';
    for (const allocation of payment.allocations) {
      if (!isRaw(allocation) || typeof allocation.jobId !== 'string') continue;
      const jobId = allocation.jobId;
      readFrom.set(jobId, newer(readFrom.get(jobId), newestStamp(payment)));
      if (!counts || typeof allocation.amount !== 'number') continue;
      if (currencyOf.get(jobId) !== payment.currency) continue;
      received.set(jobId, (received.get(jobId) ?? 0) + allocation.amount);
    }
  }
  return { received, readFrom };
}

/**
 * Step: a job version 1 marked disputed gets a dispute, open, for what was unpaid (or the whole
 * bill when nothing was); one marked written off gets a write-off of what was unpaid. Dated by
 * when the status was set; ids derived from the job's, so every device makes the same records.
 * Reads the version 1 shapes (`amount`, `paidOn`, `state`), so it runs before the steps above.
 */
export function recordsFromV1Statuses(
  jobs: readonly unknown[],
  payments: readonly unknown[],
): { disputes: Raw[]; writeOffs: Raw[] } {
  const currencyOf = new Map<string, unknown>();
  for (const job of jobs)
    if (isRaw(job) && typeof job.id === 'string') currencyOf.set(job.id, job.currency);
  const { received, readFrom } = receivedByJob(payments, currencyOf);
  const disputes: Raw[] = [];
  const writeOffs: Raw[] = [];
  for (const job of jobs) {
    if (!isRaw(job) || typeof job.id !== 'string' || typeof job.amount !== 'number') continue;
    if (job.status !== 'disputed' && job.status !== 'written_off') continue;
    if (!v1BilledStatuses.has(job.status)) continue;
    const stamps = stampsOf(job);
    const statusStamp = stamps.status;
    let on = dayOfStampOrInstant(statusStamp, job.updatedAt);
    if (on === null || typeof job.orderedOn !== 'string') continue;
    if (on < job.orderedOn) on = job.orderedOn;
    const unpaid = Math.max(0, job.amount - (received.get(job.id) ?? 0));
    const base = {
      createdAt: job.updatedAt,
      updatedAt: job.updatedAt,
      deletedAt: job.deletedAt ?? null,
      partyId: job.clientId,
      jobId: job.id,
    };
    // The amount is read from the job's bill and its payments: stamped with the newest of what
    // it was read from, so where two devices upgraded the job as it stood at different times (one
    // its database, then the other's file after a later payment), the later reading wins.
    const amountStamp = newer(
      newer(
        typeof statusStamp === 'string' ? statusStamp : undefined,
        newestStamp(job, ['amount', 'currency']),
      ),
      readFrom.get(job.id),
    );
    const stampAll = (fields: string[]): Raw => {
      const out: Raw = {};
      if (typeof statusStamp === 'string') for (const f of fields) out[f] = statusStamp;
      if (amountStamp !== undefined) out.amount = amountStamp;
      if (typeof stamps.deletedAt === 'string') out.deletedAt = stamps.deletedAt;
      return out;
    };
    if (job.status === 'disputed') {
      const amount = unpaid > 0 ? unpaid : job.amount;
      if (amount <= 0) continue;
      const fields = {
        raisedOn: on,
        amount,
        reason: typeof job.problemNote === 'string' ? job.problemNote : '',
        resolvedOn: null,
        resolution: null,
      };
      disputes.push({
        id: derivedId(job.id, 'v1-dispute'),
        ...base,
        ...fields,
        stamps: stampAll(['partyId', 'jobId', ...Object.keys(fields)]),
      });
    } else if (unpaid > 0) {
      const fields = { on, amount: unpaid, currency: job.currency, note: '' };
      writeOffs.push({
        id: derivedId(job.id, 'v1-write-off'),
        ...base,
        ...fields,
        stamps: stampAll(['partyId', 'jobId', ...Object.keys(fields)]),
      });
    }
  }
  return { disputes, writeOffs };
}
