import { describe, expect, it } from 'vitest';
import { datasetFromTable, type DatasetMeta } from '../../../src/lib/domain/dataset';
import { encodeDataset } from '../../../src/lib/domain/file-encode';
import { importBytes } from '../../../src/lib/domain/import-file';
import { withCell, type Row } from '../../../src/lib/domain/row';
import { reasonOf } from '../support/worded';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function dataset(text: string): { meta: DatasetMeta; rows: Row[] } {
  const result = importBytes(bytesOf(text));
  if (!result.ok) throw new Error(reasonOf(result.error));
  return datasetFromTable(result.table, 'f.tsv', new Date());
}

describe('encodeDataset writes the whole file back in its place', () => {
  const file = 'Title line\n\na\tb\n1\t2\n\nSection words here\n\n3\t4\n\nGray - Expired\n';

  it('gives back an untouched file byte for byte', () => {
    const { meta, rows } = dataset(file);
    expect(textOf(encodeDataset(meta, [rows]).bytes)).toBe(file);
  });

  it('keeps a line that followed a deleted record where it stood, and a legend below added rows', () => {
    const { meta, rows } = dataset(file);
    const kept = [rows[1], { id: 9, cells: ['new', 'row'] }];
    expect(textOf(encodeDataset(meta, [kept]).bytes)).toBe('Title line\n\na\tb\n\nSection words here\n\n3\t4\nnew\trow\n\nGray - Expired\n');
  });

  it('writes untouched over-quoted records as they came and edited ones in the dialect', () => {
    const csv = '"No","Name"\r\n1,"Riga"\r\n2,"Kyiv"\r\n';
    const { meta, rows } = dataset(csv);
    expect(textOf(encodeDataset(meta, [rows]).bytes)).toBe(csv);
    const edited = [rows[0], withCell(rows[1], 1, 'Lviv')];
    expect(textOf(encodeDataset(meta, [edited]).bytes)).toBe('"No","Name"\r\n1,"Riga"\r\n2,Lviv\r\n');
  });

  it('changes an untouched file only by the formula rule, and counts it', () => {
    const { meta, rows } = dataset('a\tb\n=1\t"x"\n=title\n');
    const result = encodeDataset(meta, [rows]);
    expect(textOf(result.bytes)).toBe("a\tb\n'=1\t\"x\"\n'=title\n");
    expect(result.neutralised).toBe(2);
  });

  it('exports a dataset stored before lines were kept as before: header and records', () => {
    const { meta, rows } = dataset(file);
    const { kept: _kept, ...old } = meta;
    expect(textOf(encodeDataset({ ...old, dialect: { ...old.dialect, finalNewline: true } }, [rows]).bytes)).toBe('a\tb\n1\t2\n3\t4\n');
  });

  it('converts to the other format on request, records by its rules', () => {
    const { meta, rows } = dataset('a\tb\n1\tx, y\n');
    expect(textOf(encodeDataset(meta, [rows], ',').bytes)).toBe('a,b\n1,"x, y"\n');
  });
});

describe('at 100,000 rows', () => {
  it('an untouched over-quoted CSV with a title and legend comes back byte for byte, with forms only where needed', () => {
    const lines = ['Agreements register', '"No","Partner","City"'];
    for (let i = 1; i <= 100_000; i++) lines.push(i % 2 ? `${i},"University ${i}","Riga"` : `${i},University ${i},"Kyiv, UA"`);
    const text = [...lines, '', 'Gray - Expired Agreements'].join('\r\n');
    const { meta, rows } = dataset(text);
    expect(rows).toHaveLength(100_000);
    expect(rows.filter((r) => r.form).length).toBe(50_000);
    expect(textOf(encodeDataset(meta, [rows]).bytes)).toBe(text);
  }, 30_000);
});
