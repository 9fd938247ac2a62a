/**
 * A dataset → the whole file, in its place: the lines that are not records where they stood, the
 * header, and each record as it was written (its quoting and line ending) unless it was edited.
 * With no edits this gives back the imported bytes, changed only by the formula rule.
 */
import type { DatasetMeta } from './dataset';
import { delimiterOf, type Delimiter, type Dialect } from './dialect';
import type { SkippedLine } from './import-result';
import type { Row } from './row';
import { encodePieces, lineEncoder, neutraliseFormula, type Counts, type EncodeResult } from './tsv-encode';

const FORMULA_START = /[=+@]/;

/** The formula rule for a kept line: each of its fields, split on the delimiter, as a cell would be. */
function neutraliseLine(text: string, delimiter: Delimiter, counts: Counts): string {
  if (!FORMULA_START.test(text)) return text;
  return text
    .split(delimiter)
    .map((field) => {
      const safe = neutraliseFormula(field);
      if (safe !== field) counts.neutralised++;
      return safe;
    })
    .join(delimiter);
}

/**
 * `as`: the delimiter to write, when the user asked for the other format (CSV for a TSV dataset or
 * back). Converting writes every record by the rules of the new format: how the records were
 * written in the old one says nothing about the new one. Lines that are not records stay verbatim.
 */
export function encodeDataset(meta: DatasetMeta, pages: readonly (readonly Row[])[], as?: Delimiter): EncodeResult & { rows: number } {
  const converting = as !== undefined && as !== delimiterOf(meta.dialect);
  const dialect: Dialect = converting ? { ...meta.dialect, delimiter: as, quoting: 'excel' } : meta.dialect;
  const delimiter = delimiterOf(meta.dialect);
  const counts: Counts = { neutralised: 0, quotedInRaw: 0 };
  const encode = lineEncoder(dialect, counts);
  const eol = dialect.lineEnding;
  const kept: readonly SkippedLine[] = meta.kept?.lines ?? [];
  const records = meta.kept?.records ?? 0;
  const out: string[] = [];
  let next = 0;
  const keep = (line: SkippedLine) => out.push(neutraliseLine(line.text, delimiter, counts), (!converting && line.end) || eol);

  while (next < kept.length && (kept[next].after ?? 0) < 0) keep(kept[next++]);
  const headerForm = converting ? undefined : meta.headerForm;
  out.push(encode(meta.header, headerForm?.flip), headerForm?.end ?? eol);
  let rows = 0;
  for (const page of pages) {
    for (const row of page) {
      // A kept line goes before the first imported record that came after it in the file; rows
      // added here (ids beyond `records`) move nothing, so a legend stays below them.
      if (row.id <= records) while (next < kept.length && (kept[next].after ?? 0) < row.id) keep(kept[next++]);
      const form = converting ? undefined : row.form;
      out.push(encode(row.cells, form?.flip), form?.end ?? eol);
      rows++;
    }
  }
  while (next < kept.length) keep(kept[next++]);
  if (!dialect.finalNewline) out[out.length - 1] = '';
  const { bytes, unencodable } = encodePieces(out, dialect.encoding, dialect.bom);
  return { bytes, unencodable, rows, ...counts };
}
