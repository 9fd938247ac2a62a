/**
 * The one place messages are shown. Errors go to an element with role="alert" so that screen
 * readers announce them; everything else is a polite status.
 */
export type NoticeKind = 'info' | 'error';

/**
 * A message's text, or a function that words it from the catalogue: called where the notice is
 * shown, so a notice given one is said again in the new language when the user switches.
 */
export type NoticeText = string | (() => string);
/** Further lines, worded the same way. */
export type NoticeDetails = string[] | (() => string[]);

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: NoticeText;
  /** Further lines, e.g. the skipped lines of an import. */
  details?: NoticeDetails;
  /** What the notice is about, e.g. 'import': a newer notice on it replaces this one, whatever its kind. */
  topic?: string;
}

export class Notices {
  list = $state<Notice[]>([]);
  private nextId = 1;

  /** Returns the message's id, to take it back with `dismiss` once it no longer holds. */
  show(kind: NoticeKind, text: NoticeText, details?: NoticeDetails, topic?: string): number {
    const id = this.nextId++;
    // A new message of the same kind replaces the old one: the latest outcome is what matters. On a
    // topic, the latest outcome replaces an older one of either kind: a refused file's error does
    // not linger beside the next file's "Imported N agreements".
    const stays = (n: Notice) => n.kind !== kind && (topic === undefined || n.topic !== topic);
    this.list = [...this.list.filter(stays), { id, kind, text, details, topic }];
    return id;
  }

  info(text: NoticeText, details?: NoticeDetails, topic?: string): number {
    return this.show('info', text, details, topic);
  }

  error(text: NoticeText, details?: NoticeDetails, topic?: string): number {
    return this.show('error', text, details, topic);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
