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

  /** Returns the message's id, to take it back with `dismiss` once it no longer holds. */
  show(kind: NoticeKind, text: string, details?: string[]): number {
    const id = this.nextId++;
    // A new message of the same kind replaces the old one: the latest outcome is what matters.
    this.list = [...this.list.filter((n) => n.kind !== kind), { id, kind, text, details }];
    return id;
  }

  info(text: string, details?: string[]): number {
    return this.show('info', text, details);
  }

  error(text: string, details?: string[]): number {
    return this.show('error', text, details);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
