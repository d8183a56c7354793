/**
 * Rows to CSV text as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a
 * field quoted when it holds a comma, a double quote, CR or LF, and its quotes doubled. The file
 * starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as the system's code page
 * and garbles every accented name.
 *
 * A cell is also neutralised against CSV injection (OWASP): a spreadsheet runs a cell that starts
 * with `=`, `+`, `-` or `@` as a formula, and tab or carriage return can hide that start, so such
 * a cell gets a leading `'`, which spreadsheets read as "text follows". Cell text comes from the
 * identity provider and from whoever signed up, so a name like `=HYPERLINK("http://evil")` is
 * expected, not exotic. Used for export only; the import parses with papaparse.
 */

/** What a cell may hold: null and undefined write an empty field. */
export type CsvCell = string | number | boolean | null | undefined;

/** Starts the file, so spreadsheets read it as UTF-8. */
export const CSV_BOM = '\uFEFF';
/** Ends every record, the last one too (RFC 4180 allows either; CRLF everywhere is simplest to read back). */
export const CSV_LINE_END = '\r\n';
export const CSV_MEDIA_TYPE = 'text/csv;charset=utf-8';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised, then quoted when needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One record with its line end. A record of one empty field is written `""`: an empty line would
 * be read back as no record at all.
 */
export function csvRecord(cells: readonly CsvCell[]): string {
  const fields = cells.map(csvField);
  if (fields.length === 1 && fields[0] === '') return `""${CSV_LINE_END}`;
  return fields.join(',') + CSV_LINE_END;
}

/** A whole file: the byte order mark (unless `bom: false`), then every record. */
export function toCsv(rows: Iterable<readonly CsvCell[]>, options: { bom?: boolean } = {}): string {
  let text = options.bom === false ? '' : CSV_BOM;
  for (const row of rows) text += csvRecord(row);
  return text;
}
