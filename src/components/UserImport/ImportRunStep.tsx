import { useMemo, useState } from 'react';
import type { ImportRun } from '../../core/userImportJobs.js';
import type { ImportPreview } from '../../core/userImportValidate.js';
import { Button } from '../primitives/Button.js';
import { Checkbox } from '../primitives/Checkbox.js';
import { VisuallyHidden } from '../primitives/VisuallyHidden.js';
import { ImportRowsTable, type ImportRowView } from './ImportRowsTable.js';
import { useUserImportScope } from './userImportProps.js';
import { useSecondsUntil } from '../useSecondsUntil.js';

export interface ImportRunStepProps {
  preview: ImportPreview;
  importRun: ImportRun;
  onClose: () => void;
}


/**
 * The import under way and its results: progress, the pause a 429 asks for, Stop; then what
 * was created and what failed, row by row, with Retry failed (and, after a Stop, sending the rest).
 */
export function ImportRunStep({ preview, importRun, onClose }: ImportRunStepProps) {
  const { strings, part, importer } = useUserImportScope();
  const { t, shared, format } = strings;
  const { run, jobs, createdNotJoined } = importRun;
  const { runVersion } = importer;
  const phase = run.phase;
  const counts = run.counts();
  const total = run.count;
  const finished = counts.done + counts.failed;
  const isActive = phase === 'running' || phase === 'paused' || phase === 'stopping';
  const seconds = useSecondsUntil(phase === 'paused' ? run.resumeAt : null);
  const [onlyFailedWanted, setOnlyFailed] = useState(false);
  // Only among results: a retry under way shows every row again.
  const onlyFailed = onlyFailedWanted && phase === 'done' && counts.failed > 0;
  const indices = useMemo(
    () => jobs.flatMap((_, i) => (!onlyFailed || run.status(i) === 'failed' ? [i] : [])),
    // runVersion: statuses change as the import goes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [jobs, onlyFailed, run, runVersion],
  );
  const keptBack = preview.rows.length - jobs.length;
  const summary = `${counts.notSent ? t.stopped(counts.done, counts.notSent, format) : t.done(counts.done, counts.failed, format)}${keptBack ? ` ${t.keptBack(keptBack, format)}` : ''}`;
  // Announced once per pause and once at the end; the countdown itself is not read out every second.
  const pausedFor = useMemo(() => (run.resumeAt ? Math.ceil((run.resumeAt - Date.now()) / 1000) : 0), [run.resumeAt]);
  const announcement = phase === 'paused' ? t.paused(pausedFor, format) : phase === 'done' ? summary : '';

  const view = (i: number): ImportRowView => {
    const job = jobs[i]!;
    const status = run.status(i);
    const error = run.error(i);
    const notJoined = createdNotJoined(i);
    const fieldErrors = error?.fieldErrors ? Object.values(error.fieldErrors) : [];
    const text =
      status === 'done'
        ? job.input.invite
          ? t.rowStatus.invited
          : t.rowStatus.created
        : status === 'failed'
          ? notJoined && job.organization
            ? t.rowStatus.createdNotJoined(job.organization.name)
            : t.rowStatus.failed
          : status === 'sending'
            ? t.rowStatus.sending
            : status === 'not-sent'
              ? t.rowStatus.notSent
              : t.rowStatus.waiting;
    return {
      key: i,
      row: job.row,
      email: job.input.email,
      details: job.input.name ? [job.input.name] : [],
      state: status === 'done' ? 'created' : status,
      result: (
        <>
          <span>{text}</span>
          {error && (
            <span {...part('issue')}>
              {shared.errors[error.code]}
              {fieldErrors.length > 0 && ` ${fieldErrors.join(' ')}`}
            </span>
          )}
        </>
      ),
    };
  };

  return (
    <>
      <div tabIndex={-1} data-roster-landing={isActive ? '' : undefined} {...part('progress')} data-state={phase}>
        <progress {...part('progress-bar')} aria-label={t.progressLabel} value={finished} max={total} />
        <p {...part('progress-text')}>
          {t.progress(finished, total, format)} · {t.counts(counts.done, counts.failed, format)}
        </p>
      </div>
      {phase === 'paused' && <p {...part('paused')}>{t.paused(seconds, format)}</p>}
      {phase === 'stopping' && <p {...part('status')}>{t.stopping}</p>}
      {phase === 'done' && (
        <p tabIndex={-1} data-roster-landing="" {...part('summary')}>
          {summary}
        </p>
      )}
      <div role="status">
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </div>
      {phase === 'done' && counts.failed > 0 && (
        <label {...part('option')}>
          <Checkbox rosterPart={part('checkbox')} checked={onlyFailed} onChange={(e) => setOnlyFailed(e.target.checked)} />
          {t.onlyFailed}
        </label>
      )}
      <ImportRowsTable key={String(onlyFailed)} rows={indices} view={view} />
      <div {...part('dialog-footer', 'roster-dialog-footer')}>
        {isActive ? (
          <Button rosterPart={part('button')} aria-disabled={phase === 'stopping' || undefined} onClick={importer.cancel}>
            {t.stop}
          </Button>
        ) : (
          <>
            <Button rosterPart={part('button')} onClick={importer.reset}>
              {t.importAnother}
            </Button>
            {counts.notSent > 0 && (
              <Button rosterPart={part('button')} onClick={() => importer.start()}>
                {t.sendRest(counts.notSent, format)}
              </Button>
            )}
            {counts.failed > 0 && (
              <Button rosterPart={part('button')} onClick={() => importer.retryFailed()}>
                {t.retryFailed(counts.failed, format)}
              </Button>
            )}
            <Button variant="primary" rosterPart={part('button')} onClick={onClose}>
              {t.finish}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
