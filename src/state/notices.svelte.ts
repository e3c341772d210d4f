/** Toasts: what just happened, with Undo where a slip would lose work. */
export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  actionLabel?: string | undefined;
  action?: (() => void) | undefined;
}

const VISIBLE_MS = 8000;
/** More than this covers a phone's screen; the oldest go first. */
const MAX_VISIBLE = 2;

class Notices {
  items = $state<Notice[]>([]);
  #next = 1;

  show(notice: Omit<Notice, 'id'>, ms: number = VISIBLE_MS): number {
    const id = this.#next++;
    this.items = [...this.items.filter((n) => n.text !== notice.text), { ...notice, id }].slice(
      -MAX_VISIBLE,
    );
    if (ms > 0) setTimeout(() => this.dismiss(id), ms);
    return id;
  }

  dismiss(id: number) {
    this.items = this.items.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
