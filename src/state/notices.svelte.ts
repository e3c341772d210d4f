/** Toasts: what just happened, with Undo where a slip would lose work. */

/**
 * Words of a notice: a function (`() => t('…')`) is asked again on every render, so the notice
 * follows a change of language; a plain string (an error message already made) cannot, so it is
 * put away when the language changes.
 */
export type NoticeText = string | (() => string);

export interface NoticeInput {
  text: NoticeText;
  tone: 'info' | 'error';
  actionLabel?: NoticeText | undefined;
  action?: (() => void) | undefined;
}

export interface Notice {
  id: number;
  /** Read afresh each time (a getter), in the language chosen now. */
  readonly text: string;
  tone: 'info' | 'error';
  readonly actionLabel?: string | undefined;
  action?: (() => void) | undefined;
  /** Made of a plain string, so it cannot follow a change of language. */
  fixed: boolean;
}

const VISIBLE_MS = 8000;
/**
 * One at a time: two stacked toasts cover a phone's form; the newer one replaces the older (an
 * older Undo is still reachable where its record is).
 */
const MAX_VISIBLE = 1;

const read = (text: NoticeText) => (typeof text === 'function' ? text() : text);

class Notices {
  // Raw: a notice's words are getters, which a deep proxy would freeze at their first value.
  items = $state.raw<Notice[]>([]);
  #next = 1;
  /** Background news waiting for the screen to be free (whenQuiet). */
  #waiting: [NoticeInput, number | undefined][] = [];

  show(notice: NoticeInput, ms: number = VISIBLE_MS): number {
    const id = this.#next++;
    const { text, actionLabel } = notice;
    const item: Notice = {
      id,
      get text() {
        return read(text);
      },
      tone: notice.tone,
      get actionLabel() {
        return actionLabel === undefined ? undefined : read(actionLabel);
      },
      action: notice.action,
      fixed: typeof text === 'string' || typeof actionLabel === 'string',
    };
    this.items = [...this.items, item].slice(-MAX_VISIBLE);
    if (ms > 0) setTimeout(() => this.dismiss(id), ms);
    return id;
  }

  /**
   * News the owner did not cause (the app is ready offline): shown once no other notice is, so it
   * never pushes away what they just did, or a kept draft's Discard.
   */
  whenQuiet(notice: NoticeInput, ms?: number): void {
    if (this.items.length === 0) this.show(notice, ms);
    else this.#waiting.push([notice, ms]);
  }

  dismiss(id: number) {
    this.items = this.items.filter((n) => n.id !== id);
    const next = this.items.length === 0 ? this.#waiting.shift() : undefined;
    if (next) this.show(...next);
  }

  /** The language changed: notices whose words were fixed in the old one go. */
  languageChanged() {
    if (this.items.some((n) => n.fixed)) this.items = this.items.filter((n) => !n.fixed);
  }
}

export const notices = new Notices();
