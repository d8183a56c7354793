/** Reading an import file: what comes out of the awkward files admins actually have. */
import { describe, expect, it } from 'vitest';
import { ImportFileError, IMPORT_ROW_LIMIT, parseUserCsv, type ImportFileProblem } from '../../src/core/userImport.js';
import { headerKey, mapColumns, parseYesNo, splitRoles } from '../../src/core/userImportColumns.js';

const csv = (text: string) => new Blob([text], { type: 'text/csv' });

async function problemOf(file: Blob, options?: Parameters<typeof parseUserCsv>[1]): Promise<ImportFileProblem> {
  const error = await parseUserCsv(file, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).problem;
}

describe('parseUserCsv', () => {
  it('finds columns by header, whatever their order, case and spelling', async () => {
    const parsed = await parseUserCsv(csv('Last Name,E-Mail,First_Name,ROLES,Organisation,Send invitation,Status\nChen,aiden@example.com,Aiden,Admin;Viewer,Acme,yes,active\n'));
    expect(parsed.fields).toEqual(['familyName', 'email', 'givenName', 'roles', 'organization', 'invite']);
    expect(parsed.ignoredColumns).toEqual(['Status']);
    expect(parsed.rows).toEqual([
      { row: 2, values: { familyName: 'Chen', email: 'aiden@example.com', givenName: 'Aiden', roles: 'Admin;Viewer', organization: 'Acme', invite: 'yes' } },
    ]);
  });

  it('drops a byte order mark, so the first header is still "email"', async () => {
    const withBom = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), 'email,name\na@example.com,A\n']);
    const parsed = await parseUserCsv(withBom);
    expect(parsed.fields).toEqual(['email', 'name']);
    expect(parsed.rows[0]!.values.email).toBe('a@example.com');
  });

  it('splits rows at CRLF, LF and CR mixed in one file', async () => {
    const parsed = await parseUserCsv(csv('email,name\r\na@example.com,A\nb@example.com,B\rc@example.com,C\r\n'));
    expect(parsed.rows.map((r) => [r.row, r.values.email, r.values.name])).toEqual([
      [2, 'a@example.com', 'A'],
      [3, 'b@example.com', 'B'],
      [4, 'c@example.com', 'C'],
    ]);
  });

  it('keeps quotes, separators and newlines inside quoted cells, also across chunk boundaries', async () => {
    const text = 'email,name\n"a@example.com","Chen, Aiden ""AJ""\nsecond line"\nb@example.com,B\n';
    for (const chunkChars of [7, 64 * 1024]) {
      const parsed = await parseUserCsv(csv(text), { chunkChars });
      expect(parsed.rows.map((r) => r.values)).toEqual([
        { email: 'a@example.com', name: 'Chen, Aiden "AJ"\nsecond line' },
        { email: 'b@example.com', name: 'B' },
      ]);
      // The quoted newline makes the first row two lines long; rows are still counted as records.
      expect(parsed.rows.map((r) => r.row)).toEqual([2, 3]);
    }
  });

  it('reads a semicolon-separated file (spreadsheets in many locales write one)', async () => {
    const parsed = await parseUserCsv(csv('email;name;roles\na@example.com;A;admin|viewer\nb@example.com;B;viewer\n'));
    expect(parsed.rows.map((r) => r.values)).toEqual([
      { email: 'a@example.com', name: 'A', roles: 'admin|viewer' },
      { email: 'b@example.com', name: 'B', roles: 'viewer' },
    ]);
  });

  it('takes the separator from the header row, also in a two-row file ending in a newline', async () => {
    const parsed = await parseUserCsv(csv('Email;Name\nada@example.com;Ada, Countess\n'));
    expect(parsed.rows.map((r) => r.values)).toEqual([{ email: 'ada@example.com', name: 'Ada, Countess' }]);
    const tabs = await parseUserCsv(csv('email\tname\nada@example.com\tAda\n'));
    expect(tabs.rows[0]!.values).toEqual({ email: 'ada@example.com', name: 'Ada' });
  });

  it('skips blank rows but keeps counting them, as a spreadsheet numbers its rows', async () => {
    const parsed = await parseUserCsv(csv('\n\nemail\n\na@example.com\n ,\nb@example.com'));
    expect(parsed.rows.map((r) => r.row)).toEqual([5, 7]);
  });

  it('names what it found when the file has no email column', async () => {
    expect(await problemOf(csv('Name,Phone\nAiden,+1 555\n'))).toEqual({ kind: 'no-email-column', found: ['Name', 'Phone'] });
  });

  it('refuses an empty file, a header without rows, binary data and an unterminated quote', async () => {
    expect(await problemOf(csv(''))).toEqual({ kind: 'empty' });
    expect(await problemOf(csv('\r\n \n'))).toEqual({ kind: 'empty' });
    expect(await problemOf(csv('email,name\n'))).toEqual({ kind: 'no-rows' });
    expect(await problemOf(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])]))).toEqual({ kind: 'not-text' });
    expect(await problemOf(csv('email,name\na@example.com,A\nb@example.com,"B\nc@example.com,C\n'))).toEqual({ kind: 'unterminated-quote', row: 3 });
  });

  it('stops at the row limit with an error that names it, without reading 50,000 rows into the preview', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `user${i}@example.com,User ${i}`).join('\n');
    const problem = await problemOf(csv(`email,name\n${rows}\n`));
    expect(problem).toEqual({ kind: 'too-many-rows', limit: IMPORT_ROW_LIMIT });
    // Exactly at the limit is fine.
    const atLimit = await parseUserCsv(csv(`email\n${Array.from({ length: 20 }, (_, i) => `u${i}@example.com`).join('\n')}`), { rowLimit: 20 });
    expect(atLimit.rows).toHaveLength(20);
  });

  it('refuses a file larger than the byte limit before reading it', async () => {
    expect(await problemOf(csv('email\na@example.com\n'), { byteLimit: 10 })).toEqual({ kind: 'too-large', limitBytes: 10 });
  });

  it('stops reading when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseUserCsv(csv('email\na@example.com\n'), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps hostile text byte for byte, as data', async () => {
    const hostile = '<img src=x onerror=alert(1)> =cmd|"/c calc"!A0 __proto__';
    const parsed = await parseUserCsv(csv(`email,name,__proto__\na@example.com,"${hostile.replace(/"/g, '""')}",x\n`));
    expect(parsed.rows[0]!.values.name).toBe(hostile);
    expect(parsed.ignoredColumns).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('columns and cells', () => {
  it('compares headers without case, spaces, dashes or underscores', () => {
    expect(['E-Mail', ' email address ', 'GIVEN_NAME', 'Family-Name'].map(headerKey)).toEqual(['email', 'emailaddress', 'givenname', 'familyname']);
    expect(mapColumns(['email', 'Email', 'id']).index).toEqual({ email: 0 });
    expect(mapColumns(['email', 'Email', 'id']).ignored).toEqual(['Email', 'id']);
  });

  it('reads yes and no in the usual ways, and says when it cannot', () => {
    expect(['yes', 'TRUE', '1', 'x', 'no', 'false', '0', '', 'maybe'].map(parseYesNo)).toEqual([true, true, true, true, false, false, false, undefined, null]);
  });

  it('splits roles at ; and |, trimmed and each once', () => {
    expect(splitRoles(' admin ; viewer|admin||')).toEqual(['admin', 'viewer']);
    expect(splitRoles('Billing, read-only')).toEqual(['Billing, read-only']);
  });
});
