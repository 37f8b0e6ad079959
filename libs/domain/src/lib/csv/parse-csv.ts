export interface CsvTable {
  header: string[];
  /** Data rows with their 1-based line number in the file (the header is line 1). */
  rows: { line: number; values: Record<string, string> }[];
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export interface CsvRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

/** A CSV file read lazily: the header at once, the rows as they are asked for (a long file can be read in slices). */
export interface CsvReader {
  header: string[];
  /** Throws `CsvError` at the first malformed record, when it is reached. */
  rows: IterableIterator<CsvRow>;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM); blank lines are skipped. */
export function parseCsv(text: string): CsvTable {
  const { header, rows } = readCsv(text);
  return { header, rows: [...rows] };
}

/** As `parseCsv`, but the rows are parsed one at a time as they are iterated. */
export function readCsv(text: string): CsvReader {
  const records = csvRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const head = records.next();
  if (head.done) {
    throw new CsvError('the file is empty; the first line must name the columns', 1);
  }
  const header = head.value.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (!name) {
      throw new CsvError('a column has no name', head.value.line);
    }
    if (seen.has(name)) {
      throw new CsvError(`column "${name}" appears twice`, head.value.line);
    }
    seen.add(name);
  }
  function* rows(): IterableIterator<CsvRow> {
    for (const record of records) {
      if (record.fields.length !== header.length) {
        throw new CsvError(`expected ${header.length} fields, found ${record.fields.length}`, record.line);
      }
      yield { line: record.line, values: Object.fromEntries(header.map((name, i) => [name, (record.fields[i] ?? '').trim()])) };
    }
  }
  return { header, rows: rows() };
}

/** The records of the file, each with the line it starts on; blank lines are skipped. */
function* csvRecords(source: string): Generator<{ line: number; fields: string[] }, void> {
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;

  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') {
          line++;
        }
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') {
        i++;
      }
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) {
        yield { line: recordLine, fields };
      }
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) {
    throw new CsvError('a quoted field is not closed', recordLine);
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) {
      yield { line: recordLine, fields };
    }
  }
}

/** A multi-valued cell: "ai; semiconductors" → ["ai", "semiconductors"]. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);
}
