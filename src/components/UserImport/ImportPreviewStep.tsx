import { useId, useMemo, useState } from 'react';
import { splitRoles } from '../../core/userImportColumns.js';
import type { ImportPreview, ImportPreviewRow } from '../../core/userImportValidate.js';
import type { RosterFormat } from '../../react/messages.js';
import { Button } from '../primitives/Button.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { Spinner } from '../primitives/Spinner.js';
import { ImportRowsTable, type ImportRowView } from './ImportRowsTable.js';
import { issueText, noteText } from './importTexts.js';
import type { UserImportMessages } from './messages.js';
import { useUserImportScope } from './userImportProps.js';

/** Name, roles, organization and invitation of a row, as the file has them. */
export function rowDetails(row: ImportPreviewRow, t: UserImportMessages, format: RosterFormat): string[] {
  const v = row.values;
  const name = v.name?.trim() || [v.givenName?.trim(), v.familyName?.trim()].filter(Boolean).join(' ');
  const roles = splitRoles(v.roles);
  const organization = row.organization?.name ?? v.organization?.trim();
  return [
    ...(name ? [name] : []),
    ...(roles.length ? [t.rowRoles(roles, format)] : []),
    ...(organization ? [t.rowOrganization(organization)] : []),
    ...(row.input?.invite ? [t.rowInvite] : []),
  ];
}

/**
 * What will happen before anything is sent: how many rows are ready, each row's problems, what
 * the backend will not store, and which columns are not read. Import sends the ready rows only.
 */
export function ImportPreviewStep({ preview }: { preview: ImportPreview }) {
  const { strings, part, importer } = useUserImportScope();
  const { t, format } = strings;
  const id = useId();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { ready, problems, existing, isExisting } = importer;
  const hasProblem = (r: ImportPreviewRow) => !r.input || isExisting(r.emailKey);
  const rows = useMemo(
    () => (onlyProblems ? preview.rows.filter(hasProblem) : preview.rows),
    // `problems` changes as existing users are found.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [onlyProblems, preview, problems],
  );
  const view = (r: ImportPreviewRow): ImportRowView => {
    const issues = isExisting(r.emailKey) && r.input ? [{ kind: 'exists' as const }] : r.issues;
    return {
      key: r.row,
      row: r.row,
      email: r.values.email?.trim() ?? '',
      details: rowDetails(r, t, format),
      state: issues.length ? 'problem' : 'ready',
      result: issues.length ? (
        <ul {...part('issues')}>
          {issues.map((issue, i) => (
            <li key={i} {...part('issue')}>
              {issueText(issue, t, format)}
            </li>
          ))}
        </ul>
      ) : (
        t.ready
      ),
    };
  };
  const isChecking = existing.isSupported && existing.total > 0 && existing.done < existing.total && !existing.failed;

  return (
    <>
      <p tabIndex={-1} data-roster-landing="" {...part('summary')}>
        {t.summary(preview.rows.length, ready, problems, format)}
      </p>
      {isChecking && (
        <p {...part('status')}>
          <Spinner rosterPart={part('spinner')} />
          {t.checkingExisting(existing.done, existing.total, format)}
        </p>
      )}
      {(preview.notes.length > 0 || preview.ignoredColumns.length > 0 || existing.failed) && (
        <ul {...part('notes')}>
          {preview.notes.map((note) => (
            <li key={JSON.stringify(note)} {...part('note')}>
              {noteText(note, t)}
            </li>
          ))}
          {existing.failed && <li {...part('note')}>{t.existingNotChecked}</li>}
          {preview.ignoredColumns.length > 0 && <li {...part('note')}>{t.ignoredColumns(preview.ignoredColumns.slice(0, 12), format)}</li>}
        </ul>
      )}
      {importer.canChooseInvite && (
        <label {...part('option')}>
          <Checkbox rosterPart={part('checkbox')} checked={importer.inviteByDefault} onChange={(e) => importer.setInviteByDefault(e.target.checked)} />
          {t.inviteByDefault}
        </label>
      )}
      {problems > 0 && (
        <label {...part('option')}>
          <Checkbox id={`${id}-only`} rosterPart={part('checkbox')} checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
          {t.onlyProblems}
        </label>
      )}
      <ImportRowsTable key={String(onlyProblems)} rows={rows} view={view} />
      <div {...part('dialog-footer', 'roster-dialog-footer')}>
        <Button rosterPart={part('button')} onClick={importer.reset}>
          {t.chooseAnother}
        </Button>
        <Button variant="primary" rosterPart={part('button')} aria-disabled={ready === 0 || undefined} onClick={() => importer.start()}>
          {t.importUsers(ready, format)}
        </Button>
      </div>
    </>
  );
}
