import { describe, expect, test } from 'vitest';
import { restoreDraft, sameData, unsavedDraft } from './draft-changes';

const start = {
  title: '',
  amount: '',
  status: 'open',
  problems: { late: false, quality: false },
};

describe('draft changes', () => {
  test('a form left as it started has nothing unsaved', () => {
    expect(unsavedDraft(structuredClone(start), start)).toBeUndefined();
  });

  test('one changed field, even deep inside, makes the whole draft worth keeping', () => {
    const typed = { ...start, title: 'Fix the oven' };
    expect(unsavedDraft(typed, start)).toBe(typed);
    const ticked = { ...start, problems: { late: true, quality: false } };
    expect(unsavedDraft(ticked, start)).toBe(ticked);
  });

  test('typing a field back to what it was leaves nothing unsaved', () => {
    const typed = { ...start, title: 'x' };
    typed.title = '';
    expect(unsavedDraft(typed, start)).toBeUndefined();
  });

  test('plain data compares by value: lists, missing keys and types all count', () => {
    expect(sameData([1, { a: 'x' }], [1, { a: 'x' }])).toBe(true);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  test('a kept draft comes back over a fresh start, field by field', () => {
    const kept = { ...start, title: 'Fix the oven', problems: { late: true, quality: false } };
    expect(restoreDraft(start, kept)).toEqual(kept);
  });

  test('fields the form no longer has, and values of the wrong type, are left out', () => {
    const kept = { title: 'Fix the oven', amount: 12, retired: 'x', problems: { late: 'yes' } };
    expect(restoreDraft(start, kept)).toEqual({ ...start, title: 'Fix the oven' });
  });

  test('something that is not a draft at all leaves the fresh start as it is', () => {
    expect(restoreDraft(start, 'typed')).toEqual(start);
    expect(restoreDraft(start, null)).toEqual(start);
    expect(restoreDraft(start, [start])).toEqual(start);
  });

  test('a kept list (a job’s lines) comes back item by item, each in the form’s shape', () => {
    const line = { description: '', quantity: '1', unit: '' };
    const fresh = { title: '', lines: [line] };
    const kept = {
      title: 'Field orders',
      lines: [
        { description: 'Site visit', quantity: '5', unit: 'order', retired: true },
        { description: 'Report', quantity: 2, unit: 'page' },
      ],
    };
    expect(restoreDraft(fresh, kept)).toEqual({
      title: 'Field orders',
      lines: [
        { description: 'Site visit', quantity: '5', unit: 'order' },
        // A number where the form keeps text is left at the form's own value.
        { description: 'Report', quantity: '1', unit: 'page' },
      ],
    });
    expect(restoreDraft(fresh, { title: 'x', lines: 'not a list' })).toEqual({
      title: 'x',
      lines: [line],
    });
  });
});
