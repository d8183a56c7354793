import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `until` (epoch ms), counted down once a second while it lies ahead; 0
 * without one. For Retry-After waits: the error banner, the export's and the import's pauses.
 */
export function useSecondsUntil(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
