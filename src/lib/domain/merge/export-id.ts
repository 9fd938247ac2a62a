/**
 * The short id an export's file name carries (`register-2026-11-28-k3x9qa.tsv`), naming the base
 * a returned file is merged against. Six lower-case letters and digits: short enough not to be
 * in the way, and 2 billion of them make two exports sharing one most unlikely.
 */
export function newExportId(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 6) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
  return id;
}

/**
 * The export id in a returned file's name, if it kept one: browsers add " (1)" to a second
 * download and Excel may save it as .csv or .txt, but the `-YYYY-MM-DD-id` part survives.
 */
export function exportIdOf(fileName: string): string | null {
  const m = /-\d{4}-\d{2}-\d{2}-([a-z0-9]{6})(?=[^a-z0-9]|$)/i.exec(fileName);
  return m ? m[1].toLowerCase() : null;
}
