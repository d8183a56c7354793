import { useId } from 'react';
import type { UseUserExportResult } from '../../react/useUserExport.js';
import { ErrorBanner } from '../primitives/ErrorBanner.js';
import type { Parts } from '../styling.js';
import type { ComponentStrings } from '../useComponentMessages.js';
import type { UserExportMessages } from './messages.js';
import type { UserExportPart } from './userExportProps.js';
import { useSecondsUntil } from '../useSecondsUntil.js';

export interface UserExportStatusProps {
  exporter: UseUserExportResult;
  strings: ComponentStrings<UserExportMessages>;
  part: Parts<UserExportPart>;
  clientSideLimit: number | undefined;
  onRetry: () => void;
}

/**
 * The dialog's body: a progress bar with how many users have been read, the wait before a failed
 * page is asked for again, and how it ended. The progress text is not a live region (a page
 * arrives every few hundred milliseconds); the status below it announces the wait and the end.
 */
export function UserExportStatus({ exporter, strings, part, clientSideLimit, onRetry }: UserExportStatusProps) {
  const { t, shared, format } = strings;
  const { state, progress, wait, error, result } = exporter;
  const textId = useId();
  const seconds = useSecondsUntil(wait?.until ?? null);
  // Finished, the bar is full, also where the backend never said how many there were.
  const max = state === 'done' ? Math.max(progress.total ?? progress.done, 1) : progress.total;
  const value: number = state === 'done' ? (max ?? 0) : progress.done;

  const status =
    state === 'done' && result
      ? t.done(result.rowCount, result.file.name, format)
      : state === 'cancelled'
        ? t.cancelled
        : state === 'error'
          ? t.failed
          : wait
            ? `${shared.errors[wait.error.code]} ${t.retryingIn(seconds, format)}`
            : '';

  return (
    <div {...part('body')}>
      <div {...part('progress')}>
        {/* Without a total the bar is indeterminate: a <progress> without a value. */}
        <progress
          {...part('progress-bar')}
          aria-label={t.progressLabel}
          aria-describedby={textId}
          max={max ?? undefined}
          value={max === null ? undefined : Math.min(value, max)}
          data-state={state}
        />
        <p id={textId} {...part('progress-text')}>
          {t.progress(progress.done, progress.total, format)}
        </p>
      </div>
      <p role="status" {...part('status')} data-state={wait && state === 'exporting' ? 'waiting' : state}>
        {status}
      </p>
      {state === 'done' && result?.isTruncated && <p {...part('note')}>{t.truncated(clientSideLimit ?? DEFAULT_CLIENT_SIDE_LIMIT, format)}</p>}
      {state === 'error' && error && <ErrorBanner error={error} messages={shared} format={format} onRetry={onRetry} />}
    </div>
  );
}

const DEFAULT_CLIENT_SIDE_LIMIT = 10_000;

