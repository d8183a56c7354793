/** Section 1 of the report: what Roster and its peers weigh, and the dependency families inside. */
import { BUDGETS, TARGETS } from './roster-entries.mjs';
import { kb, ratio, table } from './reportFormat.mjs';

/** Minified bytes per dependency family (Roster's own code left out). */
export function dependencyGroups(packages) {
  return Object.entries(packages)
    .filter(([k]) => !k.startsWith('react-roster'))
    .reduce((acc, [k, v]) => {
      const group = /^@tanstack\/(table-core|react-table|store|react-store)$/.test(k) ? 'TanStack Table' : k.includes('virtual') ? 'TanStack Virtual' : ['swr', 'dequal', 'use-sync-external-store'].includes(k) ? 'SWR' : 'Radix Dialog (+ react-remove-scroll, aria-hidden …)';
      acc[group] = (acc[group] ?? 0) + v;
      return acc;
    }, {});
}

export function bundleSection(report) {
  const b = report.bundle;
  if (!b) return '';
  const r = b.roster.results;
  const c = r.c.total.gzip;
  const out = [];
  out.push('## 1. Bundle cost');
  out.push(
    'Method, the same for every library and for `bench/size-budget.mjs`: an entry that re-exports the measured names, bundled by esbuild ' +
      `${report.machine.esbuild} (ESM, minified, browser, \`NODE_ENV=production\`, legal comments dropped, code splitting on), with ` +
      '`react`, `react-dom` and their subpaths external and everything else included; each output file is compressed on its own with ' +
      'zlib (gzip level 9, brotli quality 11). **Roster is bundled from its TypeScript source (`src/`)**, through `src/index.ts` as a consumer ' +
      'imports it, so tree-shaking is judged on the real barrel. KB = 1,024 bytes.',
  );
  if (b.roster.notes.length) out.push(b.roster.notes.map((n) => `- ${n}`).join('\n'));
  out.push(
    table(
      ['Roster', 'min JS', 'JS gzip', 'CSS gzip', '**total gzip**', 'total brotli', 'budget'],
      [
        ...['a', 'b', 'c'].map((k) => [
          r[k].label,
          kb(r[k].js.min + r[k].lazy.min),
          kb(r[k].js.gzip + r[k].lazy.gzip),
          r[k].css.gzip ? kb(r[k].css.gzip) : '—',
          `**${kb(r[k].total.gzip)}**`,
          kb(r[k].total.brotli),
          TARGETS[k] ? `${kb(TARGETS[k])} ${r[k].total.gzip <= TARGETS[k] ? '✓' : `✗ (+${kb(r[k].total.gzip - TARGETS[k])})`}; CI budget ${kb(BUDGETS[k])}` : '',
        ]),
        ['Dependency floor: the SWR, TanStack Table/Virtual and Radix Dialog exports Roster uses, no Roster code', kb(b.roster.floor.js.min), kb(b.roster.floor.js.gzip), '—', `**${kb(b.roster.floor.total.gzip)}**`, kb(b.roster.floor.total.brotli), ''],
      ],
    ),
  );
  const pk = r.c.packages;
  const own = pk['react-roster (src)'] ?? 0;
  const totalMin = Object.values(pk).reduce((a, v) => a + v, 0);
  const byDep = dependencyGroups(pk);
  out.push(
    `Where (c)'s ${kb(totalMin)} of minified JS comes from: Roster's own code ${kb(own)} (${Math.round((own / totalMin) * 100)} %), ` +
      Object.entries(byDep)
        .sort((x, y) => y[1] - x[1])
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ') +
      '.',
  );
  const ownA = Object.entries(r.a.ownFiles).slice(0, 8);
  out.push(`Largest of Roster's own files in (a) \`useUsers\` alone (minified bytes): ${ownA.map(([f, v]) => `\`${f}\` ${v.toLocaleString('en')}`).join(', ')}.`);
  const peerRows = b.peers.map((p) => {
    if (p.error) return [`${p.name} (\`${p.pkg}\`${p.version ? ` ${p.version}` : ''})`, p.what, '—', '—', '—', `not measured: ${p.error.replace(/\|/g, '/')}`, '—', '—'];
    const withCdn = p.cdn?.entry ? (p.total.gzip + p.cdn.entry.gzip) / c : null;
    return [
      `${p.name} (\`${p.pkg}\` ${p.version})`,
      p.what,
      kb(p.js.gzip),
      p.lazy.gzip ? `${kb(p.lazy.gzip)} (${p.lazyChunks} chunks)` : '—',
      p.css.gzip ? kb(p.css.gzip) : '—',
      `**${kb(p.total.gzip)}**`,
      `**${ratio(p.total.gzip / c)}**`,
      p.cdn?.entry ? `${kb(p.cdn.entry.gzip)} → ${ratio(withCdn)}` : p.cdn?.error ? `not measured (${p.cdn.error})` : 'none',
    ];
  });
  out.push('### Peers, the same way');
  out.push(
    table(
      ['Library', 'What is bundled', 'initial JS gzip', 'lazy JS gzip', 'CSS gzip', 'total gzip', '÷ Roster (c)', 'plus its CDN entry file (gzip) → ÷ Roster (c)'],
      [[`Roster (c)`, 'UserTable + RoleEditor + OrgList + provider + memory adapter', kb(r.c.js.gzip), '—', kb(r.c.css.gzip), `**${kb(c)}**`, '1.0×', 'none'], ...peerRows],
    ),
  );
  const cdnNotes = b.peers.filter((p) => p.cdn).map((p) => {
    const cdn = p.cdn;
    if (cdn.error) return `- **${p.name}**: ${cdn.note} Could not fetch \`${cdn.pkg}\`: ${cdn.error}.`;
    return `- **${p.name}**: ${cdn.note} Measured \`${cdn.pkg}\`: \`${cdn.entryFile}\` ${kb(cdn.entry.gzip)} gzip (${kb(cdn.entry.min)} minified); with all ${cdn.chunkCount} lazily loaded chunks of that build ${kb(cdn.withAllChunks.gzip)} gzip — an upper bound, a given screen loads a subset.`;
  });
  if (cdnNotes.length) out.push(['Code loaded from a CDN at run time (not in the npm bundle above):', ...cdnNotes].join('\n'));
  out.push(
    'Notes: WorkOS’s CSS is the two stylesheets its docs tell hosts to import (`@radix-ui/themes/styles.css`, `@workos-inc/widgets/styles.css`); the other peers style at run time (Emotion, web components, CSS-in-JS). ' +
      'Stytch’s admin portal bundles Material UI. Descope’s UserManagement loads the widget itself as lazy chunks. The MUI X DataGrid row is for scale only (a generic grid, no user management).',
  );
  return out.join('\n\n');
}
