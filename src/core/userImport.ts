/// <reference path="./papaparse.d.ts" />
/**
 * Reading a CSV file of users to import, with papaparse (loaded on first use, so pages that never
 * import do not carry it). The file is read in chunks with a pause between them, so a large file
 * never holds the main thread for long; a file over the row limit stops being read at the limit.
 * What comes out is the file's cells by field, not yet judged (userImportValidate.ts does that).
 */
import { abortReason } from './errors.js';
import { mapColumns, type ImportField } from './userImportColumns.js';

export { IMPORT_FIELDS, type ImportField } from './userImportColumns.js';

/**
 * The most rows one file may hold. Each row is one request to the identity provider (two where it
 * joins an organization afterwards); at four at a time and the rate limits identity providers
 * set, more would take hours and is better split into several files.
 */
export const IMPORT_ROW_LIMIT = 10_000;

/** Larger than any 10,000-row file of users, small enough to read into memory at once. */
export const IMPORT_BYTE_LIMIT = 20 * 1024 * 1024;

/** How much text is parsed between two pauses: a few milliseconds of work. */
const CHUNK_CHARS = 64 * 1024;

export interface ImportRow {
  /** The row's number as a spreadsheet shows it: the header is row 1, blank rows count. */
  row: number;
  /** The row's cells by field, as written (not trimmed); a field without a column is absent. */
  values: Partial<Record<ImportField, string>>;
}

export interface ParsedImport {
  /** The fields the file has a column for. */
  fields: ImportField[];
  /** Headers that name no field, as written. */
  ignoredColumns: string[];
  /** Every row that is not blank. */
  rows: ImportRow[];
}

/** Why a file cannot be imported at all. */
export type ImportFileProblem =
  | { kind: 'empty' }
  | { kind: 'no-rows' }
  | { kind: 'no-email-column'; found: string[] }
  | { kind: 'too-many-rows'; limit: number }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'not-text' }
  | { kind: 'unterminated-quote'; row: number }
  | { kind: 'unreadable' };

export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(readonly problem: ImportFileProblem) {
    super(`The file cannot be imported: ${problem.kind}.`);
  }
}

export function isImportFileError(value: unknown): value is ImportFileError {
  return value instanceof ImportFileError;
}

export interface ParseUserCsvOptions {
  signal?: AbortSignal;
  rowLimit?: number;
  byteLimit?: number;
  /** Characters parsed between pauses; tests make it small to cut cells across chunks. */
  chunkChars?: number;
}

type Papa = { parse: typeof import('papaparse').parse };

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The separator the header row uses most: `;` where spreadsheets write decimal commas, tabs from a
 * paste. Decided on the header alone, since it names every column; papaparse's own guess counts
 * fields per row and is thrown by a blank line in a two-row file.
 */
function delimiterOf(text: string): string {
  let header = '';
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim()) {
      header = line;
      break;
    }
    start = end === -1 ? text.length : end + 1;
  }
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const count = header.split(d).length - 1;
    if (count > most) [best, most] = [d, count];
  }
  return best;
}

let papa: Promise<Papa> | undefined;
/** papaparse is CommonJS: bundlers hand it over as the default export, Node's loader too. */
function loadPapa(): Promise<Papa> {
  return (papa ??= import('papaparse').then((mod) => ((mod as unknown as { default?: Papa }).default ?? mod) as Papa));
}

/** Reads `file` as CSV: a header row, then one user per row. Rejects with an ImportFileError. */
export async function parseUserCsv(file: Blob, options: ParseUserCsvOptions = {}): Promise<ParsedImport> {
  const { signal, rowLimit = IMPORT_ROW_LIMIT, byteLimit = IMPORT_BYTE_LIMIT, chunkChars = CHUNK_CHARS } = options;
  if (file.size > byteLimit) throw new ImportFileError({ kind: 'too-large', limitBytes: byteLimit });
  let text: string;
  try {
    // Decoded as UTF-8, which drops a byte order mark.
    text = await file.text();
  } catch {
    throw new ImportFileError({ kind: 'unreadable' });
  }
  if (signal?.aborted) throw abortReason(signal);
  // A NUL never occurs in text: this is a spreadsheet, an image, or UTF-16 text.
  if (text.slice(0, 4096).includes('\u0000')) throw new ImportFileError({ kind: 'not-text' });
  // Every line ending made one, so a file whose rows end in a mix of CRLF, LF and CR (pasted
  // together from several systems) splits into rows everywhere; papaparse guesses only one.
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ImportFileError({ kind: 'empty' });
  const Papa = await loadPapa();

  return new Promise<ParsedImport>((resolve, reject) => {
    let header: ReturnType<typeof mapColumns> | null = null;
    let record = 0;
    const rows: ImportRow[] = [];
    let settled = false;
    const fail = (error: unknown, parser?: { abort(): void }) => {
      if (settled) return;
      settled = true;
      parser?.abort();
      reject(error);
    };

    // papaparse streams a string in chunks as it does a File (its own tests do).
    Papa.parse<string[]>(text, {
      delimiter: delimiterOf(text),
      newline: '\n',
      skipEmptyLines: false,
      chunkSize: chunkChars,
      chunk(results, parser) {
        if (settled) return parser.abort();
        if (signal?.aborted) return fail(abortReason(signal), parser);
        const missingQuote = results.errors.find((e) => e.code === 'MissingQuotes');
        const base = record;
        for (const cells of results.data) {
          record += 1;
          if (cells.every((c) => !c.trim())) continue;
          if (!header) {
            header = mapColumns(cells);
            if (header.index.email === undefined) return fail(new ImportFileError({ kind: 'no-email-column', found: cells.map((c) => c.trim()).filter(Boolean) }), parser);
            continue;
          }
          if (rows.length >= rowLimit) return fail(new ImportFileError({ kind: 'too-many-rows', limit: rowLimit }), parser);
          const values: ImportRow['values'] = {};
          for (const [field, i] of Object.entries(header.index) as [ImportField, number][]) {
            const cell = cells[i];
            if (cell !== undefined) values[field] = cell;
          }
          rows.push({ row: record, values });
        }
        // An opening quote never closed swallows every row after it into one cell: refuse the file
        // rather than import a row that silently holds the rest of it.
        if (missingQuote) return fail(new ImportFileError({ kind: 'unterminated-quote', row: base + (missingQuote.row ?? 0) + 1 }), parser);
        // Yield to the page between chunks, so typing and painting go on while a big file is read.
        parser.pause();
        setTimeout(() => (signal?.aborted ? fail(abortReason(signal), parser) : parser.resume()), 0);
      },
      complete() {
        if (settled) return;
        settled = true;
        if (!header) return reject(new ImportFileError({ kind: 'empty' }));
        if (!rows.length) return reject(new ImportFileError({ kind: 'no-rows' }));
        const fields = (Object.keys(header.index) as ImportField[]).sort((a, b) => header!.index[a]! - header!.index[b]!);
        resolve({ fields, ignoredColumns: header.ignored, rows });
      },
      error() {
        fail(new ImportFileError({ kind: 'unreadable' }));
      },
    });
  });
}
