/**
 * The one place messages are shown. Errors go to an element with role="alert" so that screen
 * readers announce them; everything else is a polite status.
 */
export type NoticeKind = 'info' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  /** Further lines, e.g. the skipped lines of an import. */
  details?: string[];
}

class Notices {
  list = $state<Notice[]>([]);
  private nextId = 1;

  show(kind: NoticeKind, text: string, details?: string[]): void {
    // A new message of the same kind replaces the old one: the latest outcome is what matters.
    this.list = [...this.list.filter((n) => n.kind !== kind), { id: this.nextId++, kind, text, details }];
  }

  info(text: string, details?: string[]): void {
    this.show('info', text, details);
  }

  error(text: string, details?: string[]): void {
    this.show('error', text, details);
  }

  /** Takes back the message of this kind, once what it said no longer holds. */
  clear(kind: NoticeKind): void {
    this.list = this.list.filter((n) => n.kind !== kind);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
