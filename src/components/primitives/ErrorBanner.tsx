import { useMemo } from 'react';
import type { RosterError } from '../../core/errors.js';
import type { RosterFormat, SharedMessages } from '../../react/messages.js';
import { useStyling } from '../StylingScope.js';
import { useSecondsUntil } from '../useSecondsUntil.js';
import { Button } from './Button.js';

export interface ErrorBannerProps {
  error: RosterError;
  messages: SharedMessages;
  format: RosterFormat;
  onRetry?: () => void;
}

/** What went wrong, in the admin's words, with a retry; for 429 it counts down Retry-After. */
export function ErrorBanner({ error, messages, format, onRetry }: ErrorBannerProps) {
  const { part: parts } = useStyling();
  // Counted from when this error arrived, not from each render.
  const waitUntil = useMemo(() => (error.code === 'rate_limited' && error.retryAfterMs ? Date.now() + error.retryAfterMs : null), [error]);
  const secondsLeft = useSecondsUntil(waitUntil);
  return (
    <div role="alert" {...parts('error', 'roster-error-banner')} data-code={error.code}>
      <p>
        {messages.errors[error.code]}
        {secondsLeft > 0 && <> {messages.retryInSeconds(secondsLeft, format)}</>}
      </p>
      {onRetry && (
        <Button size="sm" rosterPart={parts('button')} onClick={onRetry} disabled={secondsLeft > 0}>
          {messages.retry}
        </Button>
      )}
    </div>
  );
}
