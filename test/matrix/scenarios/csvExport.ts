/**
 * Column: the table's "Export CSV" with a search applied. The file the browser is handed to save
 * must hold exactly the backend's own users that match the search (by id), headed by the table's
 * shown columns after the id, UTF-8 with a byte order mark, records ended by CRLF, and every cell
 * neutralised against spreadsheet formulas (OWASP) as src/core/csv.ts promises.
 */
import { screen, within } from '@testing-library/react';
import Papa from 'papaparse';
import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { englishUserTableMessages } from '../../../src/components/UserTable/messages.js';
import type { BackendUser, CellContext, Scenario } from '../types.js';
import { dialogNamed, renderTable, rowsOnScreen, sorted, until, visibleTo } from '../ui.js';
import { searchTable } from './detailsUi.js';

/** What the table's search matches, as every backend's search does: the name, its parts, the email. */
function matches(user: BackendUser, term: string): boolean {
  return [user.name, user.email, user.givenName, user.familyName].some((v) => typeof v === 'string' && v.toLowerCase().includes(term));
}

/**
 * A search that finds several users and not all: a family name the host sees more than once, long
 * enough (five letters) to match nothing else by chance (an id, a phone number).
 */
function searchFor(cell: CellContext, users: readonly BackendUser[]): { term: string; found: BackendUser[] } {
  const seen = users.filter((u) => visibleTo(cell, u));
  for (const user of seen) {
    const term = (user.familyName ?? user.name?.split(' ').at(-1) ?? '').toLowerCase();
    if (!/^[a-z]{5,}$/.test(term)) continue;
    const found = seen.filter((u) => matches(u, term));
    if (found.length >= 2 && found.length < seen.length) return { term, found };
  }
  throw new Error('precondition: no family name of five letters or more is shared by two users the host sees');
}

/**
 * Gives one user a name a spreadsheet would run (`=2+3 …`), written through the adapter before the
 * table loads, so the neutralising check has a formula to find on every backend that can rename a
 * user (one the search finds). Returns its id; null where names are not editable (the check then
 * covers the backend's own names only).
 */
async function plantFormula(cell: CellContext, user: BackendUser): Promise<string | null> {
  const { adapter } = cell.backend;
  if (!adapter.updateUser || !adapter.capabilities.editableFields.includes('name') || !user.name) return null;
  // Prefixed, so the family name the search found it by stays where it was.
  await adapter.updateUser(user.id, { name: `=2+3 ${user.name}` }, {});
  return user.id;
}

/** A cell as the export writes it: one that a spreadsheet would run as a formula gets a leading `'`. */
const neutralised = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** Catches what the component hands the browser to save (an `<a download>` clicked once) instead of saving it. */
function catchDownloads(): { files: Promise<File>[]; restore(): void } {
  const files: Promise<File>[] = [];
  const original = HTMLAnchorElement.prototype.click;
  const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (!this.hasAttribute('download')) return original.call(this);
    const name = this.download;
    files.push(fetch(this.href).then(async (r) => new File([await r.blob()], name)));
  });
  return { files, restore: () => spy.mockRestore() };
}

const COLUMNS = englishUserTableMessages.columns;

const exportCsv: Scenario = {
  id: 'exportCsv',
  title: 'export the table with a search applied (toolbar → Export CSV)',
  // Every adapter lists users, which is all an export reads.
  cannot: () => null,
  async run(cell) {
    const { term, found: before } = searchFor(cell, (await cell.backend.read()).users);
    const planted = await plantFormula(cell, before[0]!);
    // Read again: the planted name, as the backend now holds it.
    const found = (await cell.backend.read()).users.filter((u) => visibleTo(cell, u) && matches(u, term));
    if (planted) expect(found.map((u) => u.id), `the renamed user still matches “${term}”`).toContain(planted);
    renderTable(cell);
    await until('the table lists users', () => screen.queryAllByRole('button', { name: /^Actions for / }).length > 0);
    await searchTable(term);
    const ids = new Set(found.map((u) => u.id));
    await until(`the table shows only users matching “${term}”`, () => {
      const rows = rowsOnScreen(found, () => true);
      return rows.length > 0 && rows.length === screen.queryAllByRole('button', { name: /^Actions for / }).length;
    });
    const downloads = catchDownloads();
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      const dialog = await dialogNamed('Export users');
      await until('the export ends', () => within(dialog).queryByText(new RegExp(`^Exported ${found.length} users to users-\\d{4}-\\d{2}-\\d{2}\\.csv\\.$`)));
      expect(downloads.files, 'files handed to the browser to save').toHaveLength(1);
      const bytes = new Uint8Array(await (await downloads.files[0]!).arrayBuffer());
      expect([...bytes.slice(0, 3)], 'the UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      expect(text.endsWith('\r\n'), 'the last record ends with CRLF').toBe(true);
      // Parsed with CRLF as the only line end: a file ended by LF would read as one record.
      const records = Papa.parse<string[]>(text.slice(0, -2), { newline: '\r\n' }).data;
      const [header, ...rows] = records;
      expect(header, 'the header: the id, then the table’s shown columns').toEqual(['ID', COLUMNS.name, COLUMNS.email, COLUMNS.status, COLUMNS.roles, COLUMNS.lastLoginAt]);
      expect(sorted(rows.map((r) => r[0]!)), `the ids of the users matching “${term}”`).toEqual(sorted([...ids]));
      const byId = new Map(found.map((u) => [u.id, u]));
      for (const row of rows) {
        const user = byId.get(row[0]!)!;
        expect([row[1], row[2]], `name and email of ${user.id}, neutralised`).toEqual([neutralised(user.name ?? ''), neutralised(user.email)]);
        for (const cellText of row) expect(/^[=+\-@\t\r]/.test(cellText), `a cell that a spreadsheet would run: ${JSON.stringify(cellText)}`).toBe(false);
      }
      if (planted) expect(rows.find((r) => r[0] === planted)?.[1], 'the planted formula name, neutralised').toMatch(/^'=/);
    } finally {
      downloads.restore();
    }
  },
  async assertAbsent(cell) {
    renderTable(cell);
    await until('the table lists users', () => screen.queryAllByRole('button', { name: /^Actions for / }).length > 0);
    expect(screen.queryByRole('button', { name: 'Export CSV' }), 'the “Export CSV” button').toBeNull();
  },
};

export const CSV_EXPORT_SCENARIOS: Scenario[] = [exportCsv];
