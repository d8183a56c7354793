/**
 * examples/nextjs, built and driven as a host would run it: server-rendered HTML with Roster's
 * markup, rows after hydration without a console error, a role change that saves (read back through
 * the route handler), and tenant isolation through the same route. Needs the library built first
 * (`npm run build`; CI's build step does it), because the example installs react-roster from dist/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, install, kb, measureClientBundle, REPO, start, type RunningApp } from './nextApp.js';

const ACME = 'org_001';
const ANA_COOKIE = 'roster-demo-admin=ana';
const BO_COOKIE = 'roster-demo-admin=bo';
// Generous budgets for two shared cores, not speed claims.
const UI = { timeout: 30_000 };

let app: RunningApp;
let browser: Browser;
const timings: Record<string, number> = {};

interface UserJson { id: string; name: string | null }
interface MembershipJson { organization: { id: string }; roleIds: string[] }
interface RoleJson { id: string; name: string; organizationId?: string | null }

/** The route handler, called as the browser would, with a demo session cookie. */
async function api<T>(cookie: string, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${app.origin}/api/roster${path}`, { ...init, headers: { cookie, 'x-roster-request': '1', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

const allUserIds = async (cookie: string) => (await api<{ items: UserJson[] }>(cookie, '/users?pageSize=1000')).body.items.map((u) => u.id);

/** A page whose console errors and uncaught exceptions are collected. */
async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return { page, errors };
}

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/index.js'))) throw new Error('Build the library first: npm run build');
  timings.install = await install();
  timings.build = await build();
  const started = performance.now();
  app = await start();
  timings.start = (performance.now() - started) / 1000;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  console.log(`examples/nextjs: npm ci ${timings.install?.toFixed(1)} s, next build ${timings.build?.toFixed(1)} s, next start ready in ${timings.start?.toFixed(1)} s`);
});

describe('examples/nextjs', () => {
  it('serves server-rendered HTML with Roster’s markup in its loading state, and Roster’s CSS', async () => {
    const response = await fetch(`${app.origin}/`, { headers: { cookie: ANA_COOKIE } });
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const part of ['user-table', 'user-table-skeleton-row', 'role-editor-loading', 'org-list-loading']) expect(html).toContain(`data-roster-part="${part}"`);
    expect(html).toMatch(/data-roster-part="user-table"[^>]*data-state="loading"/);
    const stylesheets = [...html.matchAll(/href="(\/_next\/static\/[^"]+\.css)"/g)].map((m) => m[1]!);
    const css = (await Promise.all(stylesheets.map(async (href) => (await fetch(`${app.origin}${href}`)).text()))).join('\n');
    expect(css).toContain('@layer roster');
    // Whether Next's build rewrote light-dark() (the colour check below is what proves it harmless).
    console.log(`examples/nextjs: Roster's CSS as served ${css.includes('--lightningcss-light') ? 'has light-dark() lowered by Lightning CSS' : 'keeps light-dark()'}`);

    const notFound = await (await fetch(`${app.origin}/no-such-page`)).text();
    const figures = measureClientBundle(html, notFound);
    expect(figures.roster.files.length).toBeGreaterThan(0);
    const line = `client JS for /: Roster and its dependencies ${kb(figures.roster.bytes)} (${kb(figures.roster.gzip)} gzip) in ${figures.roster.files.length} chunk(s), on top of Next's own ${kb(figures.framework.bytes)} (${kb(figures.framework.gzip)} gzip); Roster's CSS ${kb(figures.css.bytes)} (${kb(figures.css.gzip)} gzip)`;
    console.log(`examples/nextjs ${line}`);
    mkdirSync(join(REPO, 'test-results'), { recursive: true });
    writeFileSync(join(REPO, 'test-results/nextjs-example.json'), `${JSON.stringify({ timings, bundle: figures }, null, 2)}\n`);
  });

  it('signs in, hydrates without a console error and shows the tenant’s rows', async () => {
    const context = await browser.newContext();
    const { page, errors } = await openPage(context);
    await page.goto(`${app.origin}/`);
    await page.getByRole('button', { name: 'Sign in as Ana' }).click();
    const table = page.locator('[data-roster-part="user-table"]');
    await table.locator('[data-roster-part="user-table-row"]').first().waitFor(UI);
    const acme = await allUserIds(ANA_COOKIE);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^\d+ users?$/ }).first().textContent(), UI).toBe(`${acme.length} users`);
    // Writes are offered: the provider built its adapter from the server's capabilities.
    await page.getByRole('button', { name: 'Create user' }).waitFor(UI);
    await page.locator('[data-roster-part="role-editor-role"]').first().waitFor(UI);
    await page.locator('[data-roster-part="org-list-item"]').first().waitFor(UI);
    // Roster's colours survive the host's CSS build. Next.js minifies with Lightning CSS, which
    // rewrites light-dark() for older browsers; colour tokens declared where no color-scheme is set
    // came out as invalid values, and the page lost its surfaces, accents and focus ring.
    const colours = await table.evaluate((root) => {
      const probe = (value: string) => {
        const span = document.createElement('span');
        span.style.backgroundColor = value;
        root.append(span);
        const computed = getComputedStyle(span).backgroundColor;
        span.remove();
        return computed;
      };
      return { background: getComputedStyle(root).backgroundColor, accent: probe('var(--_roster-accent)'), focusRing: probe('var(--_roster-focus-ring)') };
    });
    // The light column of the Theming page: --roster-background #ffffff, --roster-accent and --roster-focus-ring #3b45c4.
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', accent: 'rgb(59, 69, 196)', focusRing: 'rgb(59, 69, 196)' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a role change, read back through the route handler', async () => {
    const [first] = (await api<{ items: UserJson[] }>(ANA_COOKIE, '/users?sort=name:asc&pageSize=1')).body.items;
    const held = async () => (await api<MembershipJson[]>(ANA_COOKIE, `/users/${first!.id}/memberships`)).body.find((m) => m.organization.id === ACME)!.roleIds;
    const roles = (await api<RoleJson[]>(ANA_COOKIE, `/roles?organizationId=${ACME}`)).body;
    const before = await held();
    const role = roles.find((r) => !before.includes(r.id))!;

    const context = await browser.newContext();
    await context.addCookies([{ name: 'roster-demo-admin', value: 'ana', url: app.origin }]);
    const { page, errors } = await openPage(context);
    await page.goto(`${app.origin}/?user=${encodeURIComponent(first!.id)}`);
    const editor = page.locator('[data-roster-part="role-editor"]');
    await editor.getByRole('checkbox', { name: role.name, exact: true }).check(UI);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText('Roles saved.').waitFor(UI);
    expect(await held()).toEqual(expect.arrayContaining([...before, role.id]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps tenants apart: Globex’s users are 404 to Acme’s admin through the route', async () => {
    const acme = new Set(await allUserIds(ANA_COOKIE));
    const globexOnly = (await allUserIds(BO_COOKIE)).filter((id) => !acme.has(id));
    expect(globexOnly.length).toBeGreaterThan(0);
    for (const id of globexOnly.slice(0, 5)) {
      expect((await api(ANA_COOKIE, `/users/${id}`)).status).toBe(404);
      expect((await api(ANA_COOKIE, `/users/${id}/memberships`)).status).toBe(404);
      expect((await api(ANA_COOKIE, `/users/${id}/roles`, { method: 'POST', body: JSON.stringify({ roleIds: ['viewer'], organizationId: ACME }) })).status).toBe(404);
      expect((await api(BO_COOKIE, `/users/${id}`)).status).toBe(200);
    }
    // And the page: signed in as Bo, the table counts Globex's members, not Acme's.
    const context = await browser.newContext();
    await context.addCookies([{ name: 'roster-demo-admin', value: 'bo', url: app.origin }]);
    const { page, errors } = await openPage(context);
    await page.goto(`${app.origin}/`);
    const globex = await allUserIds(BO_COOKIE);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^\d+ users?$/ }).first().textContent(), UI).toBe(`${globex.length} users`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
