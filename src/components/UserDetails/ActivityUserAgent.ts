/**
 * A user agent in a few words: "Chrome 131" and "Windows" read from the usual tokens, so a row
 * says what the admin needs at a glance while the whole string stays one click away. Only well
 * known tokens are read; anything else (a script's agent, a hostile string) is cut short instead,
 * never interpreted.
 */

/** Longer than this, an agent no token explains is cut; it is shown whole on request. */
export const AGENT_SHORT_LENGTH = 48;

export interface AgentSummary {
  browser: string | null;
  system: string | null;
}

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
  [/\bOPR\/(\d+)/, 'Opera'],
  [/\bSamsungBrowser\/(\d+)/, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\/(\d+)/, 'Firefox'],
  [/\b(?:Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/\bVersion\/(\d+)(?:\.\d+)*(?: Mobile\/\w+)? Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\bWindows NT\b/, 'Windows'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bLinux\b/, 'Linux'],
];

/** Browser (with its major version) and system, each null when no known token names it. */
export function summarizeAgent(agent: string): AgentSummary {
  let browser: string | null = null;
  for (const [pattern, name] of BROWSERS) {
    const match = pattern.exec(agent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1] ?? null;
  return { browser, system };
}

/** The first `length` characters (whole code points, so no emoji is split) and an ellipsis. */
export function shorten(text: string, length = AGENT_SHORT_LENGTH): string {
  const points = Array.from(text);
  return points.length <= length ? text : `${points.slice(0, length - 1).join('').trimEnd()}…`;
}
