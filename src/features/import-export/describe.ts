/**
 * Names and values for the import preview: which record (a client's name, a job's title), which
 * field, and a field's value as the owner would recognise it.
 */
import { dayOf } from '../../domain/dates';
import { parseStamp } from '../../domain/hlc';
import { invoiceNumber, linesTotal } from '../../domain/records';
import { en, type MessageKey } from '../../i18n/catalogue';
import { i18n, t } from '../../i18n/i18n.svelte';

type Fields = Record<string, unknown>;

/** The people and jobs as they will be after an import, by id (ImportPlan.linked). */
export type Linked = ReadonlyMap<string, object>;

const MAX_CHARS = 80;
const moneyFields = new Set(['amount', 'subcontractorCost', 'depositAsked']);
/** Fields that hold the id of a person or a job: shown as that record's name. */
const linkFields = new Set([
  'clientId',
  'partyId',
  'subcontractorId',
  'referredById',
  'referredPartyId',
  'jobId',
]);
const linkListFields = new Set(['jobIds', 'partyIds']);

function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

export function tableLabel(table: string): string {
  const key = `sync.table.${table}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : table;
}

/** Clients and subcontractors apart, the other kinds by their table's name. */
export function kindLabel(kind: string): string {
  const key = `sync.kind.${kind}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : tableLabel(kind);
}

export function fieldLabel(field: string): string {
  const key = `sync.field.${field}`;
  if (Object.hasOwn(en, key)) return t(key as MessageKey);
  // A field added after these words were written: "followUp" reads as "follow up".
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** What the owner calls this record. */
export function recordName(table: string, record: Fields): string {
  const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  switch (table) {
    case 'parties':
      return shorten(str('name'));
    case 'jobs':
      return shorten(str('title'));
    case 'payments':
      return t('sync.record.payment', {
        amount: i18n.money(Number(record.amount), str('currency')),
        // Version 2 keeps when it was sent and when it arrived; a cheque in the mail has only sent.
        day: i18n.day(str('receivedOn') || str('sentOn')),
      });
    case 'contacts':
      return t('sync.record.contact', { day: i18n.day(str('on')) });
    case 'settings':
      return t('sync.record.settings');
    case 'worksheets':
      return t('sync.record.worksheet', { day: i18n.day(str('createdAt').slice(0, 10)) });
    default:
      return str('id');
  }
}

/** A linked person's name or job's title, as it will be after the import. */
export function linkedName(id: unknown, linked: Linked): string {
  const record = typeof id === 'string' ? (linked.get(id) as Fields | undefined) : undefined;
  if (!record) return t('sync.record.unknown');
  const name = typeof record.title === 'string' ? record.title : record.name;
  return typeof name === 'string' ? shorten(name) : t('sync.record.unknown');
}

/**
 * What the owner calls this record, with what it belongs to: a job with its client, a payment
 * with its amount, day and who paid or was paid.
 */
export function recordLabel(table: string, record: Fields, linked: Linked): string {
  const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const amount = () => i18n.money(Number(record.amount), str('currency'));
  const party = () => linkedName(record.partyId, linked);
  switch (table) {
    case 'jobs':
      return t('sync.record.job', {
        title: shorten(str('title')),
        client: linkedName(record.clientId, linked),
      });
    case 'payments': {
      const params = {
        amount: amount(),
        party: party(),
        day: i18n.day(str('receivedOn') || str('sentOn')),
      };
      const toMe = record.direction === 'client_to_me' || record.direction === 'sub_to_me';
      return t(toMe ? 'sync.record.paymentFrom' : 'sync.record.paymentTo', params);
    }
    case 'contacts':
      return t('sync.record.contactWith', { party: party(), day: i18n.day(str('on')) });
    case 'credits':
      return t('sync.record.credit', {
        amount: amount(),
        party: party(),
        day: i18n.day(str('on')),
      });
    case 'writeOffs':
      return t('sync.record.writeOff', {
        amount: amount(),
        party: party(),
        day: i18n.day(str('on')),
      });
    case 'disputes': {
      // A dispute keeps no currency of its own: it is in its job's.
      const job = linked.get(str('jobId')) as Fields | undefined;
      const currency = typeof job?.currency === 'string' ? job.currency : '';
      return t('sync.record.dispute', {
        amount: currency ? i18n.money(Number(record.amount), currency) : String(record.amount),
        party: party(),
        day: i18n.day(str('raisedOn')),
      });
    }
    case 'promises':
      return t('sync.record.promise', {
        amount: amount(),
        party: party(),
        day: i18n.day(str('dueOn')),
      });
    case 'invoices':
      return t('sync.record.invoice', {
        number: invoiceNumber({ series: str('series'), sequence: Number(record.sequence) }),
        party: party(),
        day: i18n.day(str('issuedOn')),
      });
    case 'worksheets': {
      const ids = Array.isArray(record.partyIds) ? record.partyIds : [];
      return t('sync.record.worksheetAbout', {
        names: shorten(ids.map((id) => linkedName(id, linked)).join(', ')),
        day: i18n.day(str('createdAt').slice(0, 10)),
      });
    }
    default:
      return recordName(table, record);
  }
}

/** A field's value as the owner would recognise it; linked records by their names. */
export function valueText(
  field: string,
  value: unknown,
  record: Fields,
  linked: Linked = new Map(),
): string {
  if (value !== null && linkFields.has(field)) return linkedName(value, linked);
  if (linkListFields.has(field) && Array.isArray(value) && value.length) {
    return shorten(value.map((id) => linkedName(id, linked)).join(', '));
  }
  if (field === 'allocations' && Array.isArray(value) && typeof record.currency === 'string') {
    const currency = record.currency;
    const parts = (value as { jobId?: unknown; amount?: unknown }[]).map(
      (a) => `${linkedName(a.jobId, linked)}: ${i18n.money(Number(a.amount), currency)}`,
    );
    return parts.length ? shorten(parts.join('; ')) : t('sync.value.empty');
  }
  if (field === 'lines' && Array.isArray(value) && typeof record.currency === 'string') {
    const total = linesTotal(value as Parameters<typeof linesTotal>[0]);
    return t('sync.value.lines', {
      count: value.length,
      total: i18n.money(total, record.currency),
    });
  }
  if (field === 'deletedAt')
    return t(value === null ? 'sync.value.notDeleted' : 'sync.value.deleted');
  if (value === null || value === undefined) return t('common.none');
  if (typeof value === 'boolean') return t(value ? 'sync.value.yes' : 'sync.value.no');
  if (typeof value === 'number') {
    return moneyFields.has(field) && typeof record.currency === 'string'
      ? i18n.money(value, record.currency)
      : String(value);
  }
  if (typeof value === 'string') {
    if (value === '') return t('sync.value.empty');
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? i18n.day(value) : shorten(value);
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      return value.length ? shorten(value.join(', ')) : t('sync.value.empty');
    }
    return t('sync.value.items', { count: value.length });
  }
  return t('sync.value.items', { count: Object.keys(value).length });
}

/** When a stamped change was made, in the owner's words; unknown for an unstamped field. */
export function stampTime(stamp: string | undefined): string {
  if (!stamp) return t('sync.conflict.unknownTime');
  const { wall } = parseStamp(stamp);
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(wall),
  );
}

/** The words for "when" the screen shows next to an export or import. */
export function formatWhen(instant: string, now: Date = new Date()): string {
  const date = new Date(instant);
  const days = Math.floor(
    (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) -
      Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())) /
      86_400_000,
  );
  const time = new Intl.DateTimeFormat(i18n.locale, { timeStyle: 'short' }).format(date);
  if (days <= 0) return `${t('sync.when.today')}, ${time}`;
  if (days === 1) return `${t('sync.when.yesterday')}, ${time}`;
  return t('sync.when.daysAgo', { count: days });
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const YEAR_MS = 365.2425 * DAY_MS;

/** The day a stamp was made, and how far ahead of `nowMs` that is, in its largest whole unit. */
export function futureStampText(stamp: string, nowMs: number): { day: string; ahead: string } {
  const { wall } = parseStamp(stamp);
  const ms = wall - nowMs;
  const [key, unit] =
    ms >= YEAR_MS
      ? (['sync.ahead.years', YEAR_MS] as const)
      : ms >= DAY_MS
        ? (['sync.ahead.days', DAY_MS] as const)
        : ms >= HOUR_MS
          ? (['sync.ahead.hours', HOUR_MS] as const)
          : (['sync.ahead.minutes', MINUTE_MS] as const);
  return {
    day: i18n.day(dayOf(new Date(wall))),
    ahead: t(key, { count: Math.floor(ms / unit) }),
  };
}
