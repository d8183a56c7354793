/**
 * Importing users from a CSV file, as one state machine: read the file, look up what it names
 * (organizations, roles, users that exist already), show the preview, then create the ready rows
 * a few at a time through the same write as Create user (rosterClient.ts), so the tables showing
 * users update as it goes. Framework-free parts live in core/userImport*.ts; this hook only holds
 * the state and the subscriptions.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { canCreateUsers } from '../core/adapter.js';
import { isAbortError, toRosterError, type RosterError } from '../core/errors.js';
import { isImportFileError, parseUserCsv, type ImportFileProblem, type ParsedImport } from '../core/userImport.js';
import { createImportRun, importJobs, type ImportRun } from '../core/userImportJobs.js';
import { createExistingUsersRun, lookUpImportContext, type ExistingUsersRun } from '../core/userImportLookups.js';
import { userByEmailLookup } from '../core/userLookup.js';
import { subscribeThrottled } from '../core/userImportRun.js';
import { validateImport, type ImportContext, type ImportPreview } from '../core/userImportValidate.js';
import { useRosterContext } from './context.js';
import { batchListRevalidation } from './batchedRevalidation.js';
import { createUser, PartialCreateError, rosterClientFor } from './rosterClient.js';

export interface UseUserImportOptions {
  /** Every imported user joins this organization (a table of one organization's members). */
  organizationId?: string;
  /** Requests in flight at once while importing; default 4. */
  concurrency?: number;
}

export type UserImportState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'file-error'; fileName: string; problem: ImportFileProblem }
  /** Looking up the file's organizations or roles failed. */
  | { step: 'lookup-error'; fileName: string; error: RosterError }
  | { step: 'preview'; fileName: string; preview: ImportPreview }
  | { step: 'run'; fileName: string; preview: ImportPreview; importRun: ImportRun };

/** The look-up of existing users, done in the background while the preview shows. */
export interface ExistingUsersCheck {
  /** False where the backend can neither look users up by email nor search them. */
  isSupported: boolean;
  done: number;
  total: number;
  /** The check stopped on an error; the backend will refuse duplicates itself. */
  failed: boolean;
}

export interface UseUserImportResult {
  state: UserImportState;
  /** Whether this backend can create users (in the organization, when given). */
  canImport: boolean;
  /** Rows that will be sent, and rows kept back, counting users found to exist already. */
  ready: number;
  problems: number;
  existing: ExistingUsersCheck;
  /** Whether a user with this (lower-case) address was found to exist. */
  isExisting: (emailKey: string) => boolean;
  /** Whether users whose row does not say are invited; offered where the backend can invite or not. */
  inviteByDefault: boolean;
  canChooseInvite: boolean;
  setInviteByDefault: (invite: boolean) => void;
  chooseFile: (file: Blob) => void;
  /** After a failed look-up: look up again. */
  retryLookups: () => void;
  /** Back to choosing a file. */
  reset: () => void;
  /** From the preview: sends the ready rows. During the results: sends the rows a Stop left. False when nothing was started. */
  start: () => boolean;
  cancel: () => void;
  retryFailed: () => boolean;
  /** Changes as the import progresses (at most every RENDER_EVERY_MS, and at once when it pauses, stops or ends). */
  runVersion: number;
}

/** Progress redraws at most this often: a thousand creates need not mean a thousand renders. */
const RENDER_EVERY_MS = 100;

const fileNameOf = (file: Blob) => (typeof (file as File).name === 'string' ? (file as File).name : '');

export function useUserImport(options: UseUserImportOptions = {}): UseUserImportResult {
  const { organizationId, concurrency } = options;
  const { adapter, writes } = useRosterContext('useUserImport');
  const caps = adapter.capabilities.createUser;
  const canChooseInvite = caps.invite && caps.active;
  const [state, setState] = useState<UserImportState>({ step: 'choose' });
  const [inviteByDefault, setInvite] = useState(caps.invite);
  const [runVersion, setRunVersion] = useState(0);
  const [checkVersion, setCheckVersion] = useState(0);
  const reading = useRef<AbortController | null>(null);
  const parsed = useRef<{ file: ParsedImport; fileName: string; context: Omit<ImportContext, 'inviteByDefault'> | null } | null>(null);
  const check = useRef<ExistingUsersRun | null>(null);
  const starting = useRef(false);
  const flushLists = useRef<() => void>(() => undefined);

  const stopCheck = () => check.current?.run.dispose();

  const startCheck = useCallback(
    (preview: ImportPreview) => {
      check.current?.run.dispose();
      check.current = createExistingUsersRun(adapter, [...new Set(preview.rows.flatMap((r) => (r.input ? [r.emailKey] : [])))]) ?? null;
      const run = check.current?.run;
      if (run) subscribeThrottled(run, RENDER_EVERY_MS, () => setCheckVersion(run.version));
      run?.start();
    },
    [adapter],
  );

  const showPreview = useCallback(
    (invite: boolean) => {
      const p = parsed.current;
      if (!p?.context) return;
      const preview = validateImport(p.file, { ...p.context, inviteByDefault: invite });
      setState({ step: 'preview', fileName: p.fileName, preview });
      return preview;
    },
    [],
  );

  const runLookups = useCallback(
    (file: ParsedImport, fileName: string) => {
      const controller = new AbortController();
      reading.current = controller;
      setState({ step: 'reading', fileName });
      parsed.current = { file, fileName, context: null };
      // What the file names is looked up, then the rows are judged, then existing users are checked.
      lookUpImportContext(adapter, file, organizationId, controller.signal).then(
        (context) => {
          if (controller.signal.aborted) return;
          parsed.current = { file, fileName, context };
          const preview = showPreview(inviteByDefault);
          if (preview) startCheck(preview);
        },
        (error: unknown) => {
          if (!controller.signal.aborted && !isAbortError(error)) setState({ step: 'lookup-error', fileName, error: toRosterError(error) });
        },
      );
    },
    [adapter, organizationId, showPreview, startCheck, inviteByDefault],
  );

  const chooseFile = useCallback(
    (file: Blob) => {
      reading.current?.abort();
      stopCheck();
      parsed.current = null;
      const fileName = fileNameOf(file);
      const controller = new AbortController();
      reading.current = controller;
      setState({ step: 'reading', fileName });
      parseUserCsv(file, { signal: controller.signal }).then(
        (file) => !controller.signal.aborted && runLookups(file, fileName),
        (error: unknown) => {
          if (controller.signal.aborted || isAbortError(error)) return;
          setState({ step: 'file-error', fileName, problem: isImportFileError(error) ? error.problem : { kind: 'unreadable' } });
        },
      );
    },
    [runLookups],
  );

  const retryLookups = useCallback(() => {
    const p = parsed.current;
    if (state.step === 'lookup-error' && p) runLookups(p.file, p.fileName);
  }, [state, runLookups]);

  const reset = useCallback(() => {
    reading.current?.abort();
    stopCheck();
    if (state.step === 'run') state.importRun.run.dispose();
    parsed.current = null;
    starting.current = false;
    setState({ step: 'choose' });
  }, [state]);

  const setInviteByDefault = useCallback(
    (invite: boolean) => {
      setInvite(invite);
      if (state.step === 'preview') showPreview(invite);
    },
    [state.step, showPreview],
  );

  const isExisting = useCallback((emailKey: string) => Boolean(check.current?.found.has(emailKey)), []);

  const start = useCallback(() => {
    if (state.step === 'run') return state.importRun.run.start();
    // A second click before the results render must not start a second import.
    if (state.step !== 'preview' || starting.current) return false;
    const jobs = importJobs(state.preview.rows, isExisting);
    if (!jobs.length) return false;
    starting.current = true;
    stopCheck();
    // The same create as Create user (rosterClient.ts): a user that could not join is not created again.
    const batched = batchListRevalidation(writes);
    flushLists.current = batched.flush;
    const importRun = createImportRun(
      jobs,
      {
        createUser: (input) => createUser(batched.writes, input),
        joinOrganization: (userId, organization, roleIds) => rosterClientFor(batched.writes).addUserMembership(userId, organization, { roleIds }),
        createdUserOf: (error) => (error instanceof PartialCreateError ? error.user : null),
      },
      { concurrency },
    );
    setState({ step: 'run', fileName: state.fileName, preview: state.preview, importRun });
    importRun.run.start();
    return true;
  }, [state, writes, concurrency, isExisting]);

  const importRun = state.step === 'run' ? state.importRun : null;
  const cancel = useCallback(() => importRun?.run.cancel(), [importRun]);
  const retryFailed = useCallback(() => importRun?.run.retryFailed() ?? false, [importRun]);

  // Progress renders at most every RENDER_EVERY_MS; a change of phase (paused, stopping, done) at once.
  useEffect(() => {
    if (!importRun) return;
    return subscribeThrottled(importRun.run, RENDER_EVERY_MS, (phaseChanged) => {
      // The tables show the last users created as soon as the import ends (or pauses, or stops).
      if (phaseChanged) flushLists.current();
      setRunVersion(importRun.run.version);
    });
  }, [importRun]);

  // Leaving (unmount) sends nothing more; creates already sent finish on their own.
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () => () => {
      reading.current?.abort();
      check.current?.run.dispose();
      if (latest.current.step === 'run') latest.current.importRun.run.cancel();
      flushLists.current();
    },
    [],
  );

  const preview = state.step === 'preview' || state.step === 'run' ? state.preview : null;
  const counts = useMemo(() => {
    if (!preview) return { ready: 0, problems: 0 };
    let ready = 0;
    for (const r of preview.rows) if (r.input && !isExisting(r.emailKey)) ready += 1;
    return { ready, problems: preview.rows.length - ready };
    // checkVersion: the existing users found so far.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preview, checkVersion, isExisting]);

  const checkCounts = check.current?.run.counts();
  const existing: ExistingUsersCheck = {
    isSupported: Boolean(userByEmailLookup(adapter)),
    done: checkCounts ? checkCounts.done + checkCounts.failed : 0,
    total: check.current?.run.count ?? 0,
    failed: Boolean(check.current?.failed),
  };

  return {
    state,
    canImport: canCreateUsers(adapter, organizationId),
    ready: counts.ready,
    problems: counts.problems,
    existing,
    isExisting,
    inviteByDefault,
    canChooseInvite,
    setInviteByDefault,
    chooseFile,
    retryLookups,
    reset,
    start,
    cancel,
    retryFailed,
    runVersion,
  };
}
