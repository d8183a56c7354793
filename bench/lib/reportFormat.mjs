/** Number formats and the Markdown table every section of the bench report writes with. */
export const FRAME_MS = 1000 / 60;
/** rAF deltas jitter around 16.7 ms; a p95 up to 5 % over one frame still means no dropped frame. */
export const FRAME_TOLERANCE_MS = FRAME_MS * 1.05;
export const MiB = 2 ** 20;

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const kb = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
export const kbn = (bytes) => (bytes == null ? '—' : (bytes / 1024).toFixed(1));
export const ms = (v) => (v == null ? '—' : v < 10 ? v.toFixed(1) : Math.round(v).toString());
export const mib = (v) => (v == null ? '—' : (v / MiB).toFixed(1));
export const ratio = (v) => (v == null ? '—' : `${v < 2 ? v.toFixed(2) : v.toFixed(1)}×`);
export const int = (v) => (v == null ? '—' : Math.round(v).toLocaleString('en'));
export const users = (n) => n.toLocaleString('en');

export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const numeric = (cell) => /^\**-?[\d.,]+[\d.,×%*]*( ?(KB|ms|MiB))?\**( \(.*\))?$|^[\d.]+ \/ [\d.]+$|^—$|^n\/a/.test(String(cell).trim());
  const align = header.map((_, i) => (i > 0 && rows.length && rows.every((r) => numeric(r[i] ?? '')) ? '---:' : '---'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}
