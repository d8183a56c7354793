/**
 * The CSV writer: RFC 4180 quoting, CRLF, a byte order mark, and cells a spreadsheet would run as
 * formulas neutralised. Read back with papaparse (the parser the import uses), so "a spreadsheet
 * gets back what we meant" is checked by a parser we did not write.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvRecord, toCsv, type CsvCell } from '../../src/core/csv.js';

/** The records papaparse reads; the empty "record" after the last line end is none. */
function readBack(text: string): string[][] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data;
  const last = rows[rows.length - 1];
  return last?.length === 1 && last[0] === '' ? rows.slice(0, -1) : rows;
}

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvField('ada@example.com')).toBe('ada@example.com');
    expect(csvField('Zoë Ångström 山田')).toBe('Zoë Ångström 山田');
  });

  it('quotes fields with a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(csvField('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvField('Ada "the Countess"')).toBe('"Ada ""the Countess"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('line one\r\nline two')).toBe('"line one\r\nline two"');
    expect(csvField('"')).toBe('""""');
  });

  it('writes null, undefined and the empty string as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('neutralises every cell a spreadsheet would run as a formula (OWASP)', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    // A carriage return at the start also needs the quotes it brings.
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    // Neutralised, then quoted as the text now needs.
    expect(csvField('=HYPERLINK("http://evil.example","Click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(csvField(-5)).toBe("'-5");
  });

  it('leaves the same characters alone anywhere but at the start', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('Jean-Luc')).toBe('Jean-Luc');
    expect(csvField('ada@example.com')).toBe('ada@example.com');
    expect(csvField(' =1')).toBe(' =1');
  });

  it('writes numbers and booleans as text', () => {
    expect(csvField(42)).toBe('42');
    expect(csvField(true)).toBe('true');
  });
});

describe('csvRecord and toCsv', () => {
  it('separates fields by commas and ends every record with CRLF', () => {
    expect(csvRecord(['a', 'b', null, 'c'])).toBe('a,b,,c\r\n');
  });

  it('writes a record of one empty field as "" so it is not read back as no record', () => {
    expect(csvRecord([null])).toBe('""\r\n');
    expect(readBack(toCsv([['h'], [null], ['x']]))).toEqual([['h'], [''], ['x']]);
  });

  it('starts the file with a UTF-8 byte order mark, unless asked not to', () => {
    expect(toCsv([['a']])).toBe(`${CSV_BOM}a\r\n`);
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
    expect(toCsv([])).toBe(CSV_BOM);
  });

  it('is encoded as UTF-8 with EF BB BF first', async () => {
    const bytes = new Uint8Array(await new Blob([toCsv([['Zoë']])]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Zoë\r\n');
  });

  it('reads back, hostile cells and newlines inside cells included, as written (formulas neutralised)', () => {
    const rows: CsvCell[][] = [
      ['id', 'name', 'note'],
      ['u1', 'Lovelace, Ada', 'line one\nline two\r\nline three'],
      ['u2', '=cmd|" /C calc"!A0', '"quoted"'],
      ['u3', null, '@evil'],
      ['u4', '<img src=x onerror=alert(1)>', '\u202Eevil.exe'],
    ];
    expect(readBack(toCsv(rows))).toEqual([
      ['id', 'name', 'note'],
      ['u1', 'Lovelace, Ada', 'line one\nline two\r\nline three'],
      ['u2', `'=cmd|" /C calc"!A0`, '"quoted"'],
      ['u3', '', "'@evil"],
      ['u4', '<img src=x onerror=alert(1)>', '\u202Eevil.exe'],
    ]);
  });
});
