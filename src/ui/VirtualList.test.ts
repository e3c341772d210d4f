// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';
import VirtualList from './VirtualList.svelte';

afterEach(cleanup);

interface Item {
  id: string;
  name: string;
}

const items: Item[] = Array.from({ length: 100_000 }, (_, i) => ({
  id: `r${i}`,
  name: `Row ${i + 1}`,
}));
const props = {
  items,
  key: (item: Item) => item.id,
  rowHeight: 4,
  label: 'Things',
  row: createRawSnippet((item: () => Item) => ({
    render: () => `<a href="#/x">${item().name}</a>`,
  })),
};

describe('VirtualList', () => {
  test('puts only the rows near the view in the page, however many there are', () => {
    render(VirtualList<Item>, props);
    const list = screen.getByRole('list', { name: 'Things' });
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    // As tall as every row, so the scroll bar and End reach the last one.
    expect(list.style.height).toBe('400000rem');
  });

  test('tells each row its place among all of them', () => {
    render(VirtualList<Item>, props);
    const first = screen.getAllByRole('listitem')[0]!;
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe('100000');
    expect(first.textContent).toBe('Row 1');
  });
});
