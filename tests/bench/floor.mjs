// The floor the issue measures every step against: what any design must pay on this machine,
// in this browser run, to read the file and store its rows once. Runs inside the page.

/**
 * Decodes the bytes, splits lines and tabs, and writes the rows as pages of 1,000 rows in one
 * IndexedDB transaction (raw IndexedDB, a scratch database deleted afterwards). Opening the
 * database is left out: the app opens its own before any import, too.
 * @param {string} url the generated file, on the page's own origin
 * @returns {Promise<{ decodeSplit: number, write: number, floor: number, rows: number }>}
 */
export async function measureFloor(url) {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const name = `bench-floor-${Math.random()}`;
  /** @type {IDBDatabase} */
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('pages');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });

  const t0 = performance.now();
  const lines = new TextDecoder().decode(bytes).split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const rows = lines.slice(1).map((line) => line.split('\t'));
  const t1 = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('pages', 'readwrite');
    const store = tx.objectStore('pages');
    for (let i = 0; i < rows.length; i += 1000) store.put(rows.slice(i, i + 1000), i / 1000);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const t2 = performance.now();

  db.close();
  await new Promise((resolve) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = del.onerror = del.onblocked = resolve;
  });
  return { decodeSplit: t1 - t0, write: t2 - t1, floor: t2 - t0, rows: rows.length };
}
