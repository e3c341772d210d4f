/**
 * From version 2 records to version 3: the settings get the grace days before a payment counts as
 * late (issue 15). The database upgrade and the import of a version 2 file both run this step, so
 * the settings upgrade the same way on every device. It reads raw data and changes only the field
 * it names; nothing else about any record changes, so no money moves.
 */
import { DEFAULT_LATE_GRACE_DAYS } from '../settings-defaults';
import type { Raw } from './v1-to-v2';

/**
 * Step: the settings get `lateGraceDays`, the default (5). No stamp: an edit on any device wins
 * over the upgrade's default, and two devices upgrading apart agree without a conflict.
 */
export function settingsGetLateGrace(settings: Raw): Raw {
  if (Object.hasOwn(settings, 'lateGraceDays')) return settings;
  return { ...settings, lateGraceDays: DEFAULT_LATE_GRACE_DAYS };
}
