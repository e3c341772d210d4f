/**
 * Keyboard shortcuts for the frequent actions, as a pure mapping from a key press (and the screen
 * it happens on) to what it does. The shell listens for keys and carries the action out; this file
 * decides, so it can be tested without a browser.
 */
import type { MessageKey } from '../i18n/catalogue';

export type ShortcutAction = { kind: 'go'; hash: string } | { kind: 'search' } | { kind: 'help' };

export interface Shortcut {
  /** What the help dialog shows on the key cap. */
  label: string;
  /** The physical key (KeyboardEvent.code) for letters and digits, so Cyrillic and AZERTY layouts work. */
  code?: string;
  /** The character (KeyboardEvent.key) for punctuation, which sits on different keys per layout. */
  key?: string;
  text: MessageKey;
  /** The address to go to, given where the owner is now (a client's or a job's page fills it in). */
  action: (where: Where) => ShortcutAction;
}

/** The screen a key is pressed on: its route, and for a job's page the job's client. */
export interface Where {
  segments: readonly string[];
  jobClientId?: string | undefined;
}

/** The person (and job) the screen is about, from a route such as ["people", id] or ["jobs", id]. */
function subject({ segments, jobClientId }: Where): { partyId?: string; jobId?: string } {
  const [section = '', id = '', action = ''] = segments;
  if (!id || id === 'new' || action) return {};
  if (section === 'people') return { partyId: id };
  if (section === 'jobs') return { partyId: jobClientId, jobId: id };
  return {};
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query).filter((e): e is [string, string] => !!e[1]);
  return pairs.length === 0
    ? path
    : `${path}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

const go = (hash: string) => (): ShortcutAction => ({ kind: 'go', hash });

export const shortcutList: readonly Shortcut[] = [
  {
    label: 'N',
    code: 'KeyN',
    text: 'shortcuts.newJob',
    // On a client's or a job's page, the new job is for that client.
    action: (where) => ({
      kind: 'go',
      hash: withQuery('#/jobs/new', { client: subject(where).partyId }),
    }),
  },
  {
    label: 'P',
    code: 'KeyP',
    text: 'shortcuts.recordPayment',
    // On a client's page the payment is from them; on a job's page it pays that job.
    action: (where) => {
      const { partyId, jobId } = subject(where);
      return {
        kind: 'go',
        hash: withQuery('#/payments/new', { party: partyId, job: partyId ? jobId : undefined }),
      };
    },
  },
  { label: 'C', code: 'KeyC', text: 'shortcuts.newClient', action: go('#/people/new?kind=client') },
  { label: '/', key: '/', text: 'shortcuts.search', action: () => ({ kind: 'search' }) },
  { label: '1', code: 'Digit1', text: 'shortcuts.goHome', action: go('#/') },
  { label: '2', code: 'Digit2', text: 'shortcuts.goPeople', action: go('#/people') },
  { label: '3', code: 'Digit3', text: 'shortcuts.goJobs', action: go('#/jobs') },
  { label: '4', code: 'Digit4', text: 'shortcuts.goPayments', action: go('#/payments') },
  { label: '5', code: 'Digit5', text: 'shortcuts.goDecide', action: go('#/worksheets') },
  { label: '6', code: 'Digit6', text: 'shortcuts.goSettings', action: go('#/settings') },
  { label: '?', key: '?', text: 'shortcuts.help', action: () => ({ kind: 'help' }) },
];

export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  repeat?: boolean;
  defaultPrevented?: boolean;
}

/** What the key went to: an element the owner may be typing in, or a dialog with keys of its own. */
export interface KeyTarget {
  tagName: string;
  isContentEditable?: boolean;
  /** Whether the element sits inside an open dialog. */
  inDialog?: boolean;
}

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Keys typed into a field, held with a modifier the browser or system uses, or in a dialog, pass through. */
export function ignoresKey(press: KeyPress, target: KeyTarget | null): boolean {
  if (press.ctrlKey || press.metaKey || press.altKey) return true;
  if (press.repeat || press.defaultPrevented) return true;
  if (!target) return false;
  return (
    typingTags.has(target.tagName.toUpperCase()) || !!target.isContentEditable || !!target.inDialog
  );
}

/** The action a key press asks for on the screen it is pressed on, or undefined to let it be. */
export function shortcutFor(
  press: KeyPress,
  target: KeyTarget | null,
  where: Where,
): ShortcutAction | undefined {
  if (ignoresKey(press, target)) return undefined;
  const match = shortcutList.find((s) =>
    s.key !== undefined ? s.key === press.key : s.code === press.code,
  );
  return match?.action(where);
}
