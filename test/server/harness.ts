/**
 * A Roster handler on a real HTTP server on 127.0.0.1 (port 0), and the sessions and fixture
 * users the server tests share. Nothing of ours is mocked: requests go through Node's http, the
 * Node shim, the handler and the memory adapter.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RosterAdapter } from '../../src/core/adapter.js';
import type { User } from '../../src/core/model.js';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRosterHandler, toNodeHandler, type RosterHandlerOptions, type RosterSession } from '../../src/server/index.js';

export const ORG_A = 'org_001';
export const ORG_B = 'org_002';

export interface TestSession extends RosterSession {
  roles: string[];
}

export const TOKENS = {
  adminA: 'tok_admin_a_5b1f0c9e',
  viewerA: 'tok_viewer_a_77d2e4aa',
  adminB: 'tok_admin_b_c03a9d18',
  project: 'tok_project_e9c4b2f7',
} as const;

export const SESSIONS: Record<string, TestSession> = {
  [TOKENS.adminA]: { userId: 'admin-a', organizationId: ORG_A, roles: ['admin'] },
  [TOKENS.viewerA]: { userId: 'viewer-a', organizationId: ORG_A, roles: ['viewer'] },
  [TOKENS.adminB]: { userId: 'admin-b', organizationId: ORG_B, roles: ['admin'] },
  [TOKENS.project]: { userId: 'project-admin', organizationId: null, roles: ['admin'] },
};

/** Bearer tokens standing in for a host's real session lookup. */
export function authenticateBearer(request: Request): TestSession | null {
  const token = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
  return SESSIONS[token] ?? null;
}

export interface RunningServer {
  origin: string;
  baseUrl: string;
  close(): Promise<void>;
}

export async function listen(middleware: Parameters<typeof createServer>[1]): Promise<RunningServer & { server: Server }> {
  const server = createServer(middleware);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    baseUrl: `${origin}/roster-api`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

export async function startRosterServer(options: Partial<RosterHandlerOptions<TestSession>> & { adapter: RosterAdapter }): Promise<RunningServer> {
  const handler = createRosterHandler<TestSession>({ authenticate: authenticateBearer, logger: () => {}, ...options });
  return listen(toNodeHandler(handler));
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as the raw body instead of JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Leave out Roster's write header. */
  isBare?: boolean;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** One request as a browser page of the host would send it (write header included unless bare). */
export async function call(server: RunningServer, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (method !== 'GET' && !options.isBare) headers['x-roster-request'] = '1';
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${server.baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export interface TenantFixture {
  /** Member of A only. */
  onlyA: User;
  /** Member of B only. */
  onlyB: User;
  /** Member of both A and B. */
  shared: User;
  membersOfA: Set<string>;
}

export function tenantFixture(memory: MemoryAdapter): TenantFixture {
  const users = memory.snapshot().users;
  const orgsOf = (u: User) => (u.memberships ?? []).map((m) => m.organization.id);
  const find = (test: (orgs: string[]) => boolean, what: string) => {
    const user = users.find((u) => test(orgsOf(u)));
    if (!user) throw new Error(`the fixture directory has no user who is ${what}`);
    return user;
  };
  return {
    onlyA: find((o) => o.length === 1 && o[0] === ORG_A, 'in A only'),
    onlyB: find((o) => o.length === 1 && o[0] === ORG_B, 'in B only'),
    shared: find((o) => o.includes(ORG_A) && o.includes(ORG_B), 'in both A and B'),
    membersOfA: new Set(users.filter((u) => orgsOf(u).includes(ORG_A)).map((u) => u.id)),
  };
}

/**
 * One request through Node's http client, which sends the request-target as given (an
 * absolute-form `http://host/path` or `//host/path`) and any method, TRACE included, as an
 * attacker's own client would; fetch would normalise both away.
 */
export async function rawRequest(
  server: RunningServer,
  options: { method: string; target: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method: options.method, path: options.target, headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
