/**
 * The three components on a server-side adapter, as a host deploys it: the adapter runs in Node
 * behind createRosterHandler (test/matrix/node/servers/<name>.ts, mounted on Storybook's dev
 * server), and the page reaches it through the remote adapter over real HTTP. A secret key, a
 * database or an IdP SDK never comes near the browser. Needs the dev server (`npm start`): a static
 * Storybook build has no Node side, and these stories then say so.
 */
import { OrgList, RoleEditor, UserTable, useRoster, useUserMemberships, useUsers } from 'react-roster';
import { loadRemoteAdapter } from 'react-roster/remote';
import { expect, waitFor, within } from 'storybook/test';
import { NODE_BACKEND_SCOPE_HEADER, nodeApi, resetNodeBackend } from '../../test/matrix/shared.js';

/**
 * The adapter a story on `server` uses: that backend reset to its seed, then asked what it can do.
 * `scope` names the story file's own backend: story files run at once, and a story writes.
 */
export function serverAdapter(server: string, scope: string) {
  return async () => {
    await resetNodeBackend(server, scope);
    return loadRemoteAdapter({ baseUrl: nodeApi(server), id: `remote:story-${server}-${scope}`, headers: () => ({ [NODE_BACKEND_SCOPE_HEADER]: scope }) });
  };
}

/** Users, and the first of them open in a role editor and an organization list. */
export function ServerAdapterPage() {
  const { capabilities } = useRoster();
  const first = useUsers({ page: { size: 1 }, sort: { field: 'email', direction: 'asc' } }).data?.items[0];
  const memberships = useUserMemberships(first?.id);
  // Where roles exist per organization only (Clerk, WorkOS), edit them in the user's first one.
  const organizationId = capabilities.projectRoles ? undefined : memberships.data?.[0]?.organization.id;
  return (
    <div style={{ display: 'grid', gap: 24 }}>
      <UserTable defaultQuery={{ pageSize: 10 }} />
      {first && (
        <section aria-label="First user">
          {(capabilities.projectRoles || organizationId) && <RoleEditor userId={first.id} organizationId={organizationId} />}
          <OrgList userId={first.id} />
        </section>
      )}
    </div>
  );
}

/** Cold starts (a WASM database, an SDK) on two shared cores: a budget, not a speed claim. */
const LOAD_BUDGET_MS = 30_000;

/** The page shows rows from the backend and the first user's organizations. */
export async function playServerAdapterPage({ canvasElement }: { canvasElement: HTMLElement }) {
  const canvas = within(canvasElement);
  await waitFor(() => expect(within(canvas.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(2), { timeout: LOAD_BUDGET_MS });
  await canvas.findByRole('region', { name: 'First user' }, { timeout: LOAD_BUDGET_MS });
}
