/** The app's one database connection; the screens reach it only through this layer. */
// Not the db barrel: that brings the write path (and zod), which Home does not need.
import { LedgerDb } from '../db/database';

export const db = new LedgerDb();
