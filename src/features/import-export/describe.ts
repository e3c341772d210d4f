/**
 * Names and values for the import preview: which record (a client's name, a job's title), which
 * field, and a field's value as the owner would recognise it.
 */
import { dayOf } from '../../domain/dates';
import { parseStamp } from '../../domain/hlc';
import { en, type MessageKey } from '../../i18n/catalogue';
import { i18n, t } from '../../i18n/i18n.svelte';

type Fields = Record<string, unknown>;

const MAX_CHARS = 80;
const moneyFields = new Set(['amount', 'subcontractorCost']);

function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

export function tableLabel(table: string): string {
  const key = `sync.table.${table}`;
  return Object.hasOwn(en, key) ? t(key as MessageKey) : table;
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

export function valueText(field: string, value: unknown, record: Fields): string {
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
