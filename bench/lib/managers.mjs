/**
 * Issue 19's figure: RoleManager rendering 200 roles × 300 permissions (bench/pages/managers.tsx),
 * run in a fresh browser context per run like the table pages; summarized and reported here so
 * report.mjs only places the section.
 */
import { openPage } from './browser.mjs';

export async function runManagers(browser, baseUrl) {
  const p = await openPage(browser, `${baseUrl}/managers.html`);
  const ev = (expr) => p.page.evaluate(expr);
  const r = {};
  try {
    for (const step of ['setup', 'mount', 'openPermissions', 'toggle']) {
      try {
        r[step] = await ev(`bench.${step}()`);
      } catch (error) {
        (r.failures ??= []).push(`${step}: ${String(error.message ?? error).split('\n')[0]}`);
        break;
      }
    }
  } finally {
    r.pageErrors = p.errors;
    await p.close();
  }
  return r;
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};

export function summarizeManagers(managers) {
  const runs = managers.runs;
  return {
    roles: runs[0]?.setup?.roles,
    permissions: runs[0]?.setup?.permissions,
    rolesShown: runs.find((r) => r.mount)?.mount.rolesShown,
    mountMs: median(runs.map((r) => r.mount?.ms)),
    openPermissionsMs: median(runs.map((r) => r.openPermissions?.ms)),
    checkboxes: runs.find((r) => r.openPermissions)?.openPermissions.checkboxes,
    toggleMs: median(runs.map((r) => r.toggle?.ms)),
    failures: runs.flatMap((r) => r.failures ?? []),
  };
}

const ms = (value) => (value === null || value === undefined ? '—' : value.toFixed(0));

export function managersSection(report, m) {
  if (!m) return '';
  return [
    '## 5. Administration: RoleManager',
    `RoleManager over the memory directory with ${m.roles} project roles granting from a catalogue of ${m.permissions} permissions (1,000 users holding them; no adapter latency). Medians of ${report.options.runs} runs, each in a fresh browser context; production React.`,
    [
      '| | ms |',
      '| --- | --- |',
      `| mount until the first page of roles (${m.rolesShown ?? '—'} shown, with their permission chips) is painted | ${ms(m.mountMs)} |`,
      `| open one role's permissions until its ${m.checkboxes ?? '—'} checkboxes are painted | ${ms(m.openPermissionsMs)} |`,
      '| toggle one of them (a staged change) until it and the diff line are painted | ' + ms(m.toggleMs) + ' |',
    ].join('\n'),
    m.failures.length ? `Failures: ${[...new Set(m.failures)].join('; ')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}
