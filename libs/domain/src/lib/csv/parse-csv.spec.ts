import { CsvError, parseCsv, readCsv, splitList } from './parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes, newlines and Chinese text', () => {
    const table = parseCsv('\ufeffname,bio\r\n"Wang, Fang","Says ""hi""\n二行"\r\nLi,李伟\n\n');
    expect(table.header).toEqual(['name', 'bio']);
    expect(table.rows).toEqual([
      { line: 2, values: { name: 'Wang, Fang', bio: 'Says "hi"\n二行' } },
      { line: 4, values: { name: 'Li', bio: '李伟' } },
    ]);
  });

  it('reports the line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(new CsvError('expected 2 fields, found 1', 3));
  });

  it('rejects an unclosed quote, an empty file and duplicate columns', () => {
    expect(() => parseCsv('a\n"x\n')).toThrow('line 2: a quoted field is not closed');
    expect(() => parseCsv('')).toThrow('the file is empty');
    expect(() => parseCsv('a,a\n1,2')).toThrow('column "a" appears twice');
  });

  it('reads rows lazily: the header at once, a malformed record only when it is reached', () => {
    const reader = readCsv('a,b\n1,2\n"3",4\n5\n');
    expect(reader.header).toEqual(['a', 'b']);
    expect(reader.rows.next().value).toEqual({ line: 2, values: { a: '1', b: '2' } });
    expect(reader.rows.next().value).toEqual({ line: 3, values: { a: '3', b: '4' } });
    expect(() => reader.rows.next()).toThrow(new CsvError('expected 2 fields, found 1', 4));
    expect(() => readCsv('a,a\n"open')).toThrow('column "a" appears twice');
  });

  it('splits list cells', () => {
    expect(splitList(' ai; semiconductors |fintech ')).toEqual(['ai', 'semiconductors', 'fintech']);
    expect(splitList('')).toEqual([]);
  });
});
