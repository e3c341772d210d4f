import Dexie, { type Table } from 'dexie';
import type {
  Contact,
  Credit,
  Dispute,
  Invoice,
  Job,
  Party,
  Payment,
  PromiseToPay,
  Settings,
  Worksheet,
  WriteOff,
} from '../domain/records';
import { DEFAULT_DB_NAME } from './name';
import { dbVersions } from './versions';

export interface MetaEntry {
  key: string;
  value: unknown;
}

export { DEFAULT_DB_NAME };

export class LedgerDb extends Dexie {
  parties!: Table<Party, string>;
  jobs!: Table<Job, string>;
  payments!: Table<Payment, string>;
  credits!: Table<Credit, string>;
  writeOffs!: Table<WriteOff, string>;
  disputes!: Table<Dispute, string>;
  promises!: Table<PromiseToPay, string>;
  invoices!: Table<Invoice, string>;
  contacts!: Table<Contact, string>;
  settings!: Table<Settings, string>;
  worksheets!: Table<Worksheet, string>;
  meta!: Table<MetaEntry, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    // No shared query cache: in its default mode Dexie deep-copies every live query's result before
    // handing it over, which for Home's read of the whole ledger is a second pass over hundreds of
    // thousands of records. Results here are never changed in place, so the copy protects nothing.
    super(name, { cache: 'disabled' });
    for (const { version, stores, upgrade } of dbVersions) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }
}
