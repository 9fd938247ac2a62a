// What the bench installs in every page before the app's own scripts run (page.addInitScript):
// a long-task recorder and `__bench.watch`, which times from a user's input event to the frame
// in which the UI has answered. Timing inside the page avoids the DevTools round trips (a few
// ms each) that timing from Node would add to every step. Self-contained: Playwright sends the
// function's source text, not its closure.

export function installProbe() {
  /** @type {{ start: number, duration: number }[]} */
  const longtasks = [];
  let taken = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  const text = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '';
  const statusHas = (words) => [...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.includes(words));
  const TOP_ROW = '.ag-row[row-index="0"]:not(.ag-opacity-zero)';
  /** "1,352 of 100,000 agreements" → [1352, 100000] */
  const counter = () => (text('.toolbar .count').match(/[\d,]+/g) ?? []).map((n) => Number(n.replace(/,/g, '')));

  /** Conditions by name, since a page function cannot take closures from Node. */
  const conditions = {
    firstRow: () => () => text(`${TOP_ROW} [col-id="c2"]`) !== '',
    status: (words) => () => statusHas(words),
    /** A button with exactly this text is on the page (a dialog or a review has opened). */
    button: (name) => () => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === name),
    text: (words) => () => document.body.textContent?.includes(words) ?? false,
    /** A cell of this column on screen holds these words. */
    cellHas: ({ column, words }) => () => [...document.querySelectorAll(`.ag-row [col-id="${column}"]`)].some((c) => c.textContent?.includes(words)),
    counterIsNot: (before) => () => text('.toolbar .count') !== '' && text('.toolbar .count') !== before,
    counterNarrowed: () => () => {
      const [shown, total] = counter();
      return total > 0 && shown < total;
    },
    topRowIsNot: (before) => () => text(TOP_ROW) !== '' && text(TOP_ROW) !== before,
    // Durable: the toolbar went to "Saving…" after the input and is back to "All changes saved",
    // and the cell shows the new text.
    savedWith: ({ selector, value }) => {
      let sawSaving = false;
      return () => {
        const saved = text('.toolbar .saved');
        if (saved.startsWith('Saving')) sawSaving = true;
        return sawSaving && saved === 'All changes saved' && text(selector) === value;
      };
    },
  };

  /** Resolves with performance.now() at the first frame after `done()` holds. */
  function until(done) {
    return new Promise((resolve) => {
      const observer = new MutationObserver(check);
      function check() {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      }
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      check();
    });
  }

  const bench = {
    /** @type {Promise<{ ms: number, start: number, end: number }> | null} */
    pending: null,
    /**
     * Arms a measurement: from the next `event` on the window (its timeStamp: when the input
     * happened) or from now, to the frame after the named condition holds.
     */
    watch(name, arg, event) {
      const done = conditions[name](arg);
      const started = new Promise((resolve) => {
        if (!event) resolve(performance.now());
        else addEventListener(event, (e) => resolve(e.timeStamp), { capture: true, once: true });
      });
      bench.pending = started.then(async (start) => {
        const end = await until(done);
        return { ms: end - start, start, end };
      });
    },
    /** Drops `window.__benchFile` as DropTarget sees a file from the file manager: dragenter, then drop. */
    drop() {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(window.__benchFile);
      for (const type of ['dragenter', 'drop']) document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
    },
    /** The longest task since the last call (0 if none), so each step gets its own figure. */
    takeLongest() {
      const fresh = longtasks.slice(taken);
      taken = longtasks.length;
      return fresh.reduce((max, t) => Math.max(max, t.duration), 0);
    },
    /** Since navigation start: the first row on screen, then a search answered right after. */
    firstRowAt: until(conditions.firstRow()),
    searchableAt: /** @type {Promise<number> | null} */ (null),
  };
  // Set by the bench before a reload: search for this as soon as the first row shows.
  const coldSearch = sessionStorage.getItem('bench:cold-search');
  if (coldSearch) {
    sessionStorage.removeItem('bench:cold-search');
    bench.searchableAt = bench.firstRowAt.then(() => {
      const box = /** @type {HTMLInputElement} */ (document.querySelector('input[type=search]'));
      box.value = coldSearch;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return until(conditions.counterNarrowed());
    });
  }
  Object.assign(window, { __bench: bench });
}
