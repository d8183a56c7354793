/**
 * One admin view: UserTable (server mode, page of 50) with a RoleEditor (immediate toggles) and an
 * OrgList for the first user in it, over the memory adapter wrapped to record every call. Used for
 * the request counts, the optimistic role toggle and typing in the search box.
 *
 * Row re-renders are counted by an extra, empty column whose cell is a component: TanStack renders
 * one per row, so its renders are the rows' renders. A <Profiler> around the table times commits.
 */
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter } from '../../src/adapters/memory/index.ts';
import { createUserColumnHelper, DEFAULT_COLUMNS, RosterProvider, UserTable, type UserColumnDef } from '../../src/index.ts';
import type { Role, User } from '../../src/core/model.ts';
import '../../src/theme/styles.css';
import { afterPaint, calls, params, recordCalls, sleep, waitForPainted } from './harness.ts';

const { n, seed } = params();

type Memory = ReturnType<typeof createMemoryAdapter>;
let raw: Memory;
let adapter: Memory;
let user: User;
let role: Role;
let OptionalComponents: { RoleEditor?: React.ComponentType<{ userId: string; mode?: 'immediate' | 'staged' }>; OrgList?: React.ComponentType<{ userId: string }> } = {};
const missing: string[] = [];

const rowRenders = new Map<string, number>();
function RenderProbe({ userId }: { userId: string }) {
  rowRenders.set(userId, (rowRenders.get(userId) ?? 0) + 1);
  return null;
}
const probe: UserColumnDef = createUserColumnHelper().display({
  id: 'bench-probe',
  header: () => null,
  cell: ({ row }) => <RenderProbe userId={row.original.id} />,
  enableHiding: false,
});
const columns = [...DEFAULT_COLUMNS, probe];

const commits: { phase: string; actualDuration: number; at: number }[] = [];
const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration, _base, startTime) => {
  commits.push({ phase, actualDuration, at: startTime });
};

function App() {
  const { RoleEditor, OrgList } = OptionalComponents;
  return (
    <RosterProvider adapter={adapter}>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 1fr)', gap: 16 }}>
        <Profiler id="table" onRender={onRender}>
          <UserTable columns={columns} defaultQuery={{ pageSize: 50 }} />
        </Profiler>
        <div>
          {RoleEditor && <RoleEditor userId={user.id} mode="immediate" />}
          {OrgList && <OrgList userId={user.id} />}
        </div>
      </div>
    </RosterProvider>
  );
}

const tableRowOf = (email: string) =>
  [...document.querySelectorAll('tr[data-roster-part="user-table-row"]')].find((r) => r.querySelector('td[data-column="email"]')?.textContent === email);
const rowShowsRole = () => (tableRowOf(user.email!)?.querySelector('td[data-column="roles"]')?.textContent ?? '').includes(role.name);
const roleOption = () =>
  [...document.querySelectorAll('[data-roster-part="role-editor-role"]')].find((li) => li.querySelector('[data-roster-part="role-editor-role-name"]')?.textContent === role.name);
// The editor lists every role with a checkbox (it has no chips any more): the role shows as held
// once React marks its option selected, not when the browser flips the clicked checkbox.
const editorShowsRole = () => roleOption()?.hasAttribute('data-selected') ?? false;
const roleCheckbox = () => roleOption()?.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? null;

function callsSince(t: number) {
  return calls.filter((c) => c.start >= t).map((c) => ({ method: c.method, args: c.args, aborted: c.aborted, ms: c.end === null ? null : c.end - c.start }));
}

window.bench = {
  async setup() {
    try {
      OptionalComponents.RoleEditor = (await import('../../src/components/RoleEditor/index.ts')).RoleEditor as never;
      await import('../../src/theme/role-editor.css');
    } catch (error) {
      missing.push(`RoleEditor: ${String(error)}`);
    }
    try {
      OptionalComponents.OrgList = (await import('../../src/components/OrgList/index.ts')).OrgList as never;
      await import('../../src/theme/org-list.css');
    } catch (error) {
      missing.push(`OrgList: ${String(error)}`);
    }
    raw = createMemoryAdapter({ userCount: n, seed, latencyMs: 50 });
    // The first user of the table's default order, asked of the unwrapped adapter so it is not counted.
    user = (await raw.listUsers({ sort: { field: 'name', direction: 'asc' }, page: { size: 1, index: 0 } })).items[0]!;
    const roles = await raw.listRoles();
    role = roles.find((r) => !r.organizationId && !user.roleIds.includes(r.id) && r.id !== 'owner')!;
    adapter = recordCalls(raw);
    return { user: user.email, role: role.name, missing };
  },

  /** Mounts the view and waits until everything on it has loaded and gone quiet. */
  async mount() {
    const t0 = performance.now();
    createRoot(document.getElementById('root')!).render(<App />);
    await waitForPainted(() => {
      if (!tableRowOf(user.email!)) return false;
      if (OptionalComponents.RoleEditor && !roleCheckbox()) return false;
      if (OptionalComponents.OrgList && !document.querySelector('[data-roster-part="org-list-item"]')) return false;
      return true;
    });
    const t1 = performance.now();
    await sleep(2500);
    return { ms: t1 - t0, calls: callsSince(t0) };
  },

  /**
   * The page's own floor for "click until painted": a plain checkbox outside Roster whose listener
   * changes one text node, measured as toggleRole is. What a role toggle takes beyond it is Roster's.
   */
  async paintFloor(times = 5) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    const text = document.createElement('output');
    box.addEventListener('change', () => (text.textContent = box.checked ? 'on' : 'off'));
    document.body.append(box, text);
    const samples: number[] = [];
    for (let i = 0; i < times; i += 1) {
      const expected = box.checked ? 'off' : 'on';
      // Not aligned to a frame, as the role toggle is not: the clicks land at different phases.
      await sleep(100 + i * 7);
      const t0 = performance.now();
      box.click();
      samples.push((await waitForPainted(() => text.textContent === expected)) - t0);
    }
    box.remove();
    text.remove();
    return { samples };
  },

  /** Toggles one role on for the user: optimistic paint in the table row and the editor, then the round trip. */
  async toggleRole(latencyMs = 200) {
    raw.setLatency(latencyMs);
    const box = roleCheckbox();
    if (!box) return { skipped: 'RoleEditor is not on the page' };
    rowRenders.clear();
    const commitsBefore = commits.length;
    const t0 = performance.now();
    box.click();
    const editorAt = waitForPainted(editorShowsRole);
    const rowAt = await waitForPainted(rowShowsRole);
    const rowsRenderedAtPaint = [...rowRenders.values()].filter((v) => v > 0).length;
    const rowRendersAtPaint = [...rowRenders.values()].reduce((a, b) => a + b, 0);
    const tableCommitsAtPaint = commits.slice(commitsBefore).filter((c) => c.at >= t0);
    const editor = await editorAt;
    // Wait for the round trip and any revalidation it causes.
    await waitForPainted(() => !document.querySelector('[data-roster-part="role-editor-role"][data-pending]'));
    await sleep(1500);
    const settledOnServer = raw.snapshot().users.find((u) => u.id === user.id)!.roleIds.includes(role.id);
    await afterPaint();
    return {
      rowMs: rowAt - t0,
      editorMs: editor - t0,
      rowsRenderedAtPaint,
      rowRendersAtPaint,
      rowsRenderedTotal: [...rowRenders.values()].filter((v) => v > 0).length,
      rowRendersTotal: [...rowRenders.values()].reduce((a, b) => a + b, 0),
      tableCommitsAtPaint: tableCommitsAtPaint.length,
      tableRenderMsAtPaint: tableCommitsAtPaint.reduce((s, c) => s + c.actualDuration, 0),
      tableCommitsTotal: commits.length - commitsBefore,
      tableRenderMsTotal: commits.slice(commitsBefore).reduce((s, c) => s + c.actualDuration, 0),
      rowsOnPage: document.querySelectorAll('tr[data-roster-part="user-table-row"]').length,
      savedOnServer: settledOnServer,
      calls: callsSince(t0),
    };
  },

  /**
   * The same toggle again `times` times once the first has settled, alternately off and on, each
   * timed click to painted as the first is: the figures of an admin's second and later clicks, when
   * the code on the path is compiled (the first click also pays for that). Not aligned to a frame,
   * as paintFloor's clicks are not.
   */
  async toggleRoleAgain(times = 6, latencyMs = 200) {
    raw.setLatency(latencyMs);
    const rowMs: number[] = [];
    const editorMs: number[] = [];
    for (let i = 0; i < times; i += 1) {
      const box = roleCheckbox();
      if (!box) return { skipped: 'RoleEditor is not on the page' };
      const shown = !editorShowsRole();
      await sleep(100 + i * 7);
      const t0 = performance.now();
      box.click();
      const editorAt = waitForPainted(() => editorShowsRole() === shown);
      rowMs.push((await waitForPainted(() => rowShowsRole() === shown)) - t0);
      editorMs.push((await editorAt) - t0);
      await waitForPainted(() => !document.querySelector('[data-roster-part="role-editor-role"][data-pending]'));
      await sleep(300);
    }
    return { rowMs, editorMs };
  },

  /** The driver types through Playwright between mark() and callsSince(). */
  mark(latencyMs = 50) {
    raw.setLatency(latencyMs);
    const input = document.querySelector<HTMLInputElement>('[data-roster-part="user-table-search"] input');
    input?.focus();
    input?.select();
    return performance.now();
  },
  callsSince,
  missing: () => missing,
};
