/** Whether typing goes to a text field, whose own undo then applies (the search box, a cell editor). */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Ctrl/Cmd+Z undoes, Ctrl+Y or Cmd+Shift+Z redoes, anywhere but in a text field. */
export function undoKeys(editor: { undo(): Promise<void>; redo(): Promise<void> }, busy: () => boolean): (e: KeyboardEvent) => void {
  return (e) => {
    if (isTyping(e.target) || !(e.ctrlKey || e.metaKey) || busy()) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault();
      void editor.undo();
    } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
      e.preventDefault();
      void editor.redo();
    }
  };
}
