import { describe, expect, test } from 'vitest';
import { compareStamps, formatStamp, HLC_PATTERN, parseStamp, receive, tick } from './hlc';

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

  test('after receiving a stamp from the future, the next local stamp is later than it', () => {
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
