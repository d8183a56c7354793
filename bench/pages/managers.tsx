/**
 * RoleManager over a memory directory of 200 project roles granting from 300 permissions (issue
 * 19's figure): how long until the first page of roles is painted, until the permissions of one
 * role (300 checkboxes) are, and until a staged toggle among them is.
 */
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter, type Directory } from '../../src/adapters/memory/index.ts';
import { RosterProvider, RoleManager } from '../../src/index.ts';
import '../../src/theme/styles.css';
import { waitForPainted } from './harness.ts';

const ROLES = 200;
const PERMISSIONS = 300;

/** Deterministic: role i grants 5–40 permissions picked by a small LCG. */
function directory(): Directory {
  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const permissions = Array.from({ length: PERMISSIONS }, (_, i) => ({ id: `perm_${i}`, name: `area-${String(Math.floor(i / 10)).padStart(2, '0')}:action-${i % 10}`, description: `Permission number ${i + 1}.` }));
  const roles = Array.from({ length: ROLES }, (_, i) => {
    const granted = new Set<string>();
    const count = 5 + Math.floor(next() * 36);
    while (granted.size < count) granted.add(permissions[Math.floor(next() * PERMISSIONS)]!.name);
    return { id: `role_${i}`, name: `Role ${String(i + 1).padStart(3, '0')}`, description: `Grants ${count} permissions.`, permissions: [...granted], organizationId: null };
  });
  const users = createMemoryAdapter({ userCount: 1000, seed: 7 })
    .snapshot()
    .users.map((u, i) => ({ ...u, roleIds: [roles[i % ROLES]!.id], memberships: [] }));
  return { users, roles, organizations: [], permissions };
}

let adapter: ReturnType<typeof createMemoryAdapter>;
const parts = (name: string) => document.querySelectorAll(`[data-roster-part="role-manager-${name}"]`);

window.bench = {
  setup() {
    adapter = createMemoryAdapter({ directory: directory() });
    return { roles: ROLES, permissions: PERMISSIONS };
  },
  /** Mount until the first page of roles, with their permission chips, is painted. */
  async mount() {
    const t0 = performance.now();
    createRoot(document.getElementById('root')!).render(
      <RosterProvider adapter={adapter}>
        <RoleManager />
      </RosterProvider>,
    );
    const painted = await waitForPainted(() => parts('role').length > 0 && parts('permission-chip').length > 0);
    return { ms: painted - t0, rolesShown: parts('role').length };
  },
  /** Open the first role's permissions until its 300 checkboxes are painted. */
  async openPermissions() {
    const t0 = performance.now();
    (parts('permissions-button')[0] as HTMLButtonElement).click();
    const painted = await waitForPainted(() => document.querySelectorAll('[role="dialog"] input[type="checkbox"]').length >= PERMISSIONS);
    return { ms: painted - t0, checkboxes: document.querySelectorAll('[role="dialog"] input[type="checkbox"]').length };
  },
  /** Toggle the last checkbox (a staged change) until the diff line shows it. */
  async toggle() {
    const boxes = document.querySelectorAll<HTMLInputElement>('[role="dialog"] input[type="checkbox"]');
    const box = boxes[boxes.length - 1]!;
    const was = box.checked;
    const t0 = performance.now();
    box.click();
    const painted = await waitForPainted(() => box.checked !== was && Boolean(document.querySelector('[role="dialog"] [data-roster-part="role-manager-status"]')?.textContent));
    return { ms: painted - t0 };
  },
};
