import { describe, expect, test } from 'vitest';
import {
  compareStamps,
  formatStamp,
  HLC_PATTERN,
  isFromTheFuture,
  parseStamp,
  receive,
  StampFormatError,
  tick,
} from './hlc';

describe('hybrid logical clock', () => {
  test('a stamp sorts as a string in the order of wall time, then counter, then device', () => {
    const a = formatStamp({ wall: 1_000, counter: 5 }, 'dev-b');
    const b = formatStamp({ wall: 1_001, counter: 0 }, 'dev-a');
    const c = formatStamp({ wall: 1_001, counter: 0 }, 'dev-b');
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(compareStamps(a, b)).toBe(-1);
    expect(a).toMatch(HLC_PATTERN);
  });

  test('a stamp reads back into its parts, device ids with dashes included', () => {
    const id = '3f0c2b1e-1111-4222-8333-444455556666';
    expect(parseStamp(formatStamp({ wall: 42, counter: 7 }, id))).toEqual({
      wall: 42,
      counter: 7,
      deviceId: id,
    });
  });

  test('the clock never goes backwards when the wall clock does', () => {
    const s1 = tick({ wall: 0, counter: 0 }, 5_000);
    const s2 = tick(s1, 4_000);
    const s3 = tick(s2, 4_000);
    expect(s1).toEqual({ wall: 5_000, counter: 0 });
    expect(s2).toEqual({ wall: 5_000, counter: 1 });
    expect(s3).toEqual({ wall: 5_000, counter: 2 });
    expect(tick(s3, 6_000)).toEqual({ wall: 6_000, counter: 0 });
  });

  test('after receiving a stamp from a clock a few seconds ahead, the next local stamp is later than it', () => {
    const remote = formatStamp({ wall: 9_000, counter: 3 }, 'other');
    const state = receive({ wall: 1_000, counter: 0 }, remote, 2_000);
    const next = formatStamp(tick(state, 2_000), 'me');
    expect(compareStamps(next, remote)).toBe(1);
  });

  test('receiving an older stamp leaves the clock ahead of where it was', () => {
    const state = receive(
      { wall: 5_000, counter: 2 },
      formatStamp({ wall: 1_000, counter: 9 }, 'x'),
      3_000,
    );
    expect(state).toEqual({ wall: 5_000, counter: 3 });
  });
});

describe('the clock within its format and its drift bound', () => {
  const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
  const FAR_FUTURE = '253402300799999-000000-other';

  test('a tick at the full counter moves on by a millisecond and restarts the counter', () => {
    const next = tick({ wall: NOW, counter: 999_999 }, NOW);
    expect(next).toEqual({ wall: NOW + 1, counter: 0 });
    expect(formatStamp(next, 'me')).toMatch(HLC_PATTERN);
  });

  test('receiving a stamp with the full counter moves on by a millisecond and stays valid', () => {
    const remote = formatStamp({ wall: NOW, counter: 999_999 }, 'other');
    const state = receive({ wall: NOW - 10, counter: 0 }, remote, NOW);
    expect(state).toEqual({ wall: NOW + 1, counter: 0 });
    expect(compareStamps(formatStamp(state, 'me'), remote)).toBe(1);
  });

  test('receiving at the full counter on both sides also moves on by a millisecond', () => {
    const remote = formatStamp({ wall: NOW, counter: 999_999 }, 'other');
    expect(receive({ wall: NOW, counter: 999_999 }, remote, NOW)).toEqual({
      wall: NOW + 1,
      counter: 0,
    });
  });

  test('a stamp from year 9999 does not move the clock past five minutes ahead', () => {
    const state = receive({ wall: NOW - 1_000, counter: 4 }, FAR_FUTURE, NOW);
    expect(state).toEqual({ wall: NOW, counter: 0 });
  });

  test('a stamp five minutes ahead is from the future; one a millisecond less is not', () => {
    const bound = NOW + 5 * 60_000;
    expect(isFromTheFuture(formatStamp({ wall: bound, counter: 0 }, 'x'), NOW)).toBe(true);
    expect(isFromTheFuture(formatStamp({ wall: bound - 1, counter: 999_999 }, 'x'), NOW)).toBe(
      false,
    );
    expect(isFromTheFuture(FAR_FUTURE, NOW)).toBe(true);
    expect(isFromTheFuture(formatStamp({ wall: NOW, counter: 0 }, 'x'), NOW)).toBe(false);
  });

  test('the newest stamp that may be adopted leaves the clock within the bound', () => {
    const bound = NOW + 5 * 60_000;
    const remote = formatStamp({ wall: bound - 1, counter: 999_999 }, 'other');
    const state = receive({ wall: 0, counter: 0 }, remote, NOW);
    expect(state).toEqual({ wall: bound, counter: 0 });
  });

  test('a state no stamp can hold is refused, not written as a malformed stamp', () => {
    expect(() => formatStamp({ wall: NOW, counter: 1_000_000 }, 'me')).toThrow(StampFormatError);
    expect(() => formatStamp({ wall: 10 ** 15, counter: 0 }, 'me')).toThrow(StampFormatError);
    expect(() => formatStamp({ wall: -1, counter: 0 }, 'me')).toThrow(StampFormatError);
    expect(() => formatStamp({ wall: NOW, counter: 0 }, 'Not An Id')).toThrow(StampFormatError);
  });
});
