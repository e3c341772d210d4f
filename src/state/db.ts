/** The app's one database connection; the screens reach it only through this layer. */
import { LedgerDb } from '../db';

export const db = new LedgerDb();
