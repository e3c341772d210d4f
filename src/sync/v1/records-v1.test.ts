/**
 * The frozen version 1 types were copied from the production records while those were version 1;
 * this checks the copy. Once the production records become version 2 this test no longer holds and
 * is to be deleted, never "fixed" by changing the version 1 types.
 */
import { expect, expectTypeOf, test } from 'vitest';
import {
  tableNames,
  type Contact,
  type Job,
  type Party,
  type Payment,
  type Settings,
  type TableName,
  type Worksheet,
} from '../../domain/records';
import {
  v1Tables,
  type V1Contact,
  type V1Job,
  type V1Party,
  type V1Payment,
  type V1RecordOf,
  type V1Settings,
  type V1Worksheet,
} from './records-v1';

/** Production types say only `Record<string, stamp>` for stamps; the frozen ones name the fields. */
type Fields<T> = Omit<T, 'stamps'>;

test('the version 1 record types are the version 1 production records, field for field', () => {
  expectTypeOf<Fields<V1Party>>().toEqualTypeOf<Fields<Party>>();
  expectTypeOf<Fields<V1Job>>().toEqualTypeOf<Fields<Job>>();
  expectTypeOf<Fields<V1Payment>>().toEqualTypeOf<Fields<Payment>>();
  expectTypeOf<Fields<V1Contact>>().toEqualTypeOf<Fields<Contact>>();
  expectTypeOf<Fields<V1Settings>>().toEqualTypeOf<Fields<Settings>>();
  expectTypeOf<Fields<V1Worksheet>>().toEqualTypeOf<Fields<Worksheet>>();
  expectTypeOf<V1Party>().toExtend<Party>();
  expectTypeOf<V1Job>().toExtend<Job>();
  expectTypeOf<V1Payment>().toExtend<Payment>();
  expectTypeOf<V1Contact>().toExtend<Contact>();
  expectTypeOf<V1Settings>().toExtend<Settings>();
  expectTypeOf<V1Worksheet>().toExtend<Worksheet>();
  expectTypeOf<keyof V1RecordOf>().toEqualTypeOf<TableName>();
  expect([...v1Tables]).toEqual(tableNames);
});
