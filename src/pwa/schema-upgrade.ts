/**
 * What a tab does when a newer version of the app upgrades the database in another tab: save what
 * the user typed (the drafts) and reload, which loads the new version (its service worker is
 * already in charge by then) instead of blocking the upgrade with an old connection.
 */
import type { LedgerDb } from '../db';
import { onNewerVersionElsewhere } from '../db/version-change';

export function reloadOnSchemaUpgrade(
  db: LedgerDb,
  saveWork: () => void,
  reload: () => void = () => location.reload(),
): () => void {
  return onNewerVersionElsewhere(db, () => {
    saveWork();
    reload();
  });
}
