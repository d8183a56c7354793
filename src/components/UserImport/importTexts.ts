/** The admin's words for what the core reports: a row's problems, the file's notes, why a file cannot be read. */
import type { ImportFileProblem } from '../../core/userImport.js';
import type { ImportIssue, ImportNote } from '../../core/userImportValidate.js';
import type { RosterFormat } from '../../react/messages.js';
import type { UserImportMessages } from './messages.js';

export function issueText(issue: ImportIssue, t: UserImportMessages, format: RosterFormat): string {
  const i = t.issues;
  switch (issue.kind) {
    case 'missing-email':
      return i.missingEmail;
    case 'invalid-email':
      return i.invalidEmail;
    case 'duplicate':
      return i.duplicate(issue.firstRow, format);
    case 'exists':
      return i.exists;
    case 'unknown-roles':
      return i.unknownRoles(issue.values, format);
    case 'unknown-organization':
      return i.unknownOrganization(issue.value);
    case 'no-organizations':
      return i.noOrganizations;
    case 'one-role':
      return i.oneRole;
    case 'invalid-invite':
      return i.invalidInvite(issue.value);
  }
}

export function noteText(note: ImportNote, t: UserImportMessages): string {
  const n = t.notes;
  switch (note.kind) {
    case 'dropped':
      return note.field === 'phone' ? n.droppedPhone : note.field === 'roles' ? n.droppedRoles : n.droppedInvite;
    case 'names-combined':
      return n.namesCombined;
    case 'invite-only':
      return n.inviteOnly;
    case 'organization-column-ignored':
      return n.organizationColumnIgnored;
  }
}

export function fileProblemText(problem: ImportFileProblem, t: UserImportMessages, format: RosterFormat): string {
  const p = t.fileProblems;
  switch (problem.kind) {
    case 'empty':
      return p.empty;
    case 'no-rows':
      return p.noRows;
    case 'no-email-column':
      // A header row from a binary or huge file: a few names, each short, are enough to recognise it.
      return p.noEmailColumn(problem.found.slice(0, 12).map((name) => clip(name, 40)), format);
    case 'too-many-rows':
      return p.tooManyRows(problem.limit, format);
    case 'too-large':
      return p.tooLarge(Math.round(problem.limitBytes / (1024 * 1024)), format);
    case 'not-text':
      return p.notText;
    case 'unterminated-quote':
      return p.unterminatedQuote(problem.row, format);
    case 'unreadable':
      return p.unreadable;
  }
}

/** Text from the file, cut to a length a cell can show: a 1 MB cell must not be laid out whole. */
export function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
