/**
 * UserDetails opened from a UserTable row (issue 18's figure): a UserTable (page of 50) over a
 * memory directory of 1,000 users with no adapter latency; a click on the first row whose user
 * has signed in, until the drawer has painted the profile, until the activity list has painted
 * its first page, and until no section of it is loading any more. `?activity=5000` gives every
 * user 5,000 activity entries (made up the first time a user's log is read, so only the opened
 * user's are; the page reads that user's log once before the click, so making it up is not timed).
 */
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter } from '../../src/adapters/memory/index.ts';
import type { User } from '../../src/core/model.ts';
import { RosterProvider, UserTable } from '../../src/index.ts';
import '../../src/theme/styles.css';
import { dataTime, recordCalls, waitForPainted } from './harness.ts';
import { watchLongTasks } from './longTasks.ts';

const USERS = 1_000;
const activityParam = new URLSearchParams(location.search).get('activity');
const activityPerUser = activityParam ? Number(activityParam) : undefined;

let raw: ReturnType<typeof createMemoryAdapter>;
let adapter: ReturnType<typeof createMemoryAdapter>;
let user: User;

const q = (selector: string) => document.querySelector<HTMLElement>(selector);
const inDialog = (selector: string) => document.querySelectorAll<HTMLElement>(`[role="dialog"] ${selector}`);
const rowOf = (email: string) =>
  [...document.querySelectorAll<HTMLElement>('tr[data-roster-part="user-table-row"]')].find((r) => r.querySelector('td[data-column="email"]')?.textContent?.trim() === email);

window.bench = {
  setup() {
    raw = createMemoryAdapter({ userCount: USERS, seed: 7, activityPerUser });
    adapter = recordCalls(raw);
    return { users: USERS, activityPerUser: activityPerUser ?? null };
  },

  /** Mounts the table until its first rows are painted; picks the first shown user who has signed in. */
  async mount() {
    // The table's first page, as it asks for it (DEFAULT_USER_TABLE_QUERY's sort by name).
    const { items } = await raw.listUsers({ sort: { field: 'name', direction: 'asc' }, page: { size: 50 } });
    user = items.find((u) => u.lastLoginAt && u.status === 'active' && u.email)!;
    // Read once, so a generated log of 5,000 entries is made before the timed click, as a real backend's already is.
    const log = await raw.listUserActivity!(user.id, { page: { size: 1 } });
    createRoot(document.getElementById('root')!).render(
      <RosterProvider adapter={adapter}>
        <UserTable defaultQuery={{ pageSize: 50 }} />
      </RosterProvider>,
    );
    await waitForPainted(() => Boolean(rowOf(user.email!)));
    return { user: user.email, hasOlderEntries: log.nextCursor !== null };
  },

  /** Clicks the user's row (its email cell, as a mouse would) until each part of the drawer is painted. */
  async open() {
    const tasks = watchLongTasks();
    const cell = rowOf(user.email!)!.querySelector<HTMLElement>('td[data-column="email"]')!;
    const profileShown = () => Boolean(q('[role="dialog"] [data-roster-part="user-details"][data-state="ready"]')) && inDialog('[data-roster-part="user-details-form"]').length > 0;
    const activityShown = () => inDialog('[data-roster-part="user-activity"][data-state="ready"] [data-roster-part="user-activity-entry"]').length > 0;
    const loading = () => inDialog('[data-roster-part$="-spinner"], [data-roster-part$="-loading"]').length > 0;
    const t0 = performance.now();
    cell.click();
    const [profile, activity, settled] = await Promise.all([
      waitForPainted(profileShown),
      waitForPainted(activityShown),
      waitForPainted(() => profileShown() && activityShown() && !loading()),
    ]);
    const longTasks = tasks.between(t0, settled);
    tasks.stop();
    return {
      profileMs: profile - t0,
      activityMs: activity - t0,
      settledMs: settled - t0,
      entriesShown: inDialog('[data-roster-part="user-activity-entry"]').length,
      olderButton: inDialog('[data-roster-part="user-activity-older-button"]').length > 0,
      data: dataTime(t0, settled),
      longTasks,
    };
  },
};
