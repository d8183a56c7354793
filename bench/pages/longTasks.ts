/**
 * The main thread's long tasks (over 50 ms, as Chromium reports them to a 'longtask'
 * PerformanceObserver) between a start and an end: how many, the longest and their sum. A page
 * that freezes shows it here even where the action as a whole finishes quickly.
 */

export interface LongTasks {
  count: number;
  longestMs: number;
  totalMs: number;
}

export function watchLongTasks() {
  const seen: { start: number; duration: number }[] = [];
  const keep = (entries: PerformanceEntryList) => {
    for (const e of entries) seen.push({ start: e.startTime, duration: e.duration });
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return {
    /**
     * Tasks that overlap [from, to): the task that runs an action started a little before the
     * action's own clock did (the driver's script began it), and is the one that matters most.
     */
    between(from: number, to: number): LongTasks {
      // Entries are delivered to the callback a little after their task ends: take the queued ones too.
      keep(observer.takeRecords());
      const within = seen.filter((t) => t.start < to && t.start + t.duration > from);
      return {
        count: within.length,
        longestMs: Math.max(0, ...within.map((t) => t.duration)),
        totalMs: within.reduce((sum, t) => sum + t.duration, 0),
      };
    },
    stop: () => observer.disconnect(),
  };
}
