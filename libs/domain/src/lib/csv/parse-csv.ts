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

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM); blank lines are skipped. */
export function parseCsv(text: string): CsvTable {
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) {
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = '';
  };

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
      endRecord();
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
    endRecord();
  }

  const [head, ...body] = records;
  if (!head) {
    throw new CsvError('the file is empty; the first line must name the columns', 1);
  }
  const header = head.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (!name) {
      throw new CsvError('a column has no name', head.line);
    }
    if (seen.has(name)) {
      throw new CsvError(`column "${name}" appears twice`, head.line);
    }
    seen.add(name);
  }
  return {
    header,
    rows: body.map((record) => {
      if (record.fields.length !== header.length) {
        throw new CsvError(`expected ${header.length} fields, found ${record.fields.length}`, record.line);
      }
      return { line: record.line, values: Object.fromEntries(header.map((name, i) => [name, (record.fields[i] ?? '').trim()])) };
    }),
  };
}

/** A multi-valued cell: "ai; semiconductors" → ["ai", "semiconductors"]. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);
}
