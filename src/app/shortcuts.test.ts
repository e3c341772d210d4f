import { describe, expect, it } from 'vitest';
import { en } from '../i18n/catalogue';
import { shortcuts as ruShortcuts } from '../i18n/ru/shortcuts';
import { ignoresKey, shortcutFor, shortcutList, type KeyPress } from './shortcuts';

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const body = { tagName: 'BODY' };
const n = press('n', 'KeyN');
const home = { segments: [] };

describe('shortcutFor', () => {
  it('opens a new job on N, and a job for the client whose page (or job) is on screen', () => {
    expect(shortcutFor(n, body, home)).toEqual({ kind: 'go', hash: '#/jobs/new' });
    expect(shortcutFor(n, body, { segments: ['people', 'c1'] })).toEqual({
      kind: 'go',
      hash: '#/jobs/new?client=c1',
    });
    expect(shortcutFor(n, body, { segments: ['people', 'new'] })).toEqual({
      kind: 'go',
      hash: '#/jobs/new',
    });
    expect(shortcutFor(n, body, { segments: ['jobs', 'j1'], jobClientId: 'c1' })).toEqual({
      kind: 'go',
      hash: '#/jobs/new?client=c1',
    });
  });

  it('records a payment on P, for the client or the job on screen', () => {
    const p = press('p', 'KeyP');
    expect(shortcutFor(p, body, { segments: ['jobs'] })).toEqual({
      kind: 'go',
      hash: '#/payments/new',
    });
    expect(shortcutFor(p, body, { segments: ['people', 'c1'] })).toEqual({
      kind: 'go',
      hash: '#/payments/new?party=c1',
    });
    expect(shortcutFor(p, body, { segments: ['jobs', 'j1'], jobClientId: 'c1' })).toEqual({
      kind: 'go',
      hash: '#/payments/new?party=c1&job=j1',
    });
  });

  it('finds letters by the physical key, so a Cyrillic layout works too', () => {
    expect(shortcutFor(press('т', 'KeyN'), body, home)).toEqual({ kind: 'go', hash: '#/jobs/new' });
  });

  it('goes to each section by its number in the navigation', () => {
    const hashes = ['1', '2', '3', '4', '5', '6'].map(
      (d) => shortcutFor(press(d, `Digit${d}`), body, home) as { hash: string },
    );
    expect(hashes.map((a) => a.hash)).toEqual([
      '#/',
      '#/people',
      '#/jobs',
      '#/payments',
      '#/worksheets',
      '#/settings',
    ]);
  });

  it('searches on / and opens the help on ?, whichever key the layout puts them on', () => {
    expect(shortcutFor(press('/', 'Slash'), body, home)).toEqual({ kind: 'search' });
    expect(shortcutFor(press('?', 'Slash'), body, home)).toEqual({ kind: 'help' });
    expect(shortcutFor(press('?', 'Digit7'), body, home)).toEqual({ kind: 'help' });
  });

  it('lets other keys be', () => {
    expect(shortcutFor(press('x', 'KeyX'), body, home)).toBeUndefined();
    expect(shortcutFor(press('Enter', 'Enter'), body, home)).toBeUndefined();
  });
});

describe('ignoresKey', () => {
  it('ignores keys typed into a field, a text area, a list or editable text', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(ignoresKey(n, { tagName })).toBe(true);
    }
    expect(ignoresKey(n, { tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(shortcutFor(n, { tagName: 'INPUT' }, home)).toBeUndefined();
  });

  it('ignores keys held with Ctrl, Cmd or Alt, which the browser and the system use', () => {
    expect(ignoresKey(press('n', 'KeyN', { ctrlKey: true }), body)).toBe(true);
    expect(ignoresKey(press('p', 'KeyP', { metaKey: true }), body)).toBe(true);
    expect(ignoresKey(press('1', 'Digit1', { altKey: true }), body)).toBe(true);
  });

  it('ignores keys inside an open dialog, held down, or already handled', () => {
    expect(ignoresKey(n, { tagName: 'BUTTON', inDialog: true })).toBe(true);
    expect(ignoresKey(press('n', 'KeyN', { repeat: true }), body)).toBe(true);
    expect(ignoresKey(press('n', 'KeyN', { defaultPrevented: true }), body)).toBe(true);
  });

  it('acts on keys pressed on a link, a button or the page itself', () => {
    expect(ignoresKey(n, { tagName: 'A' })).toBe(false);
    expect(ignoresKey(n, { tagName: 'BUTTON' })).toBe(false);
    expect(ignoresKey(n, null)).toBe(false);
  });
});

describe('shortcutList', () => {
  it('has one key per shortcut and text for each in both languages', () => {
    const labels = shortcutList.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const s of shortcutList) {
      expect(en[s.text]).toBeTruthy();
      expect(ruShortcuts[s.text as keyof typeof ruShortcuts]).toBeTruthy();
    }
  });
});
