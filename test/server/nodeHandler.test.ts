// @vitest-environment node
/** The Node shim as Express and Vite mount it: pass-through with `next`, parsed bodies, limits. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRosterHandler, toNodeHandler } from '../../src/server/index.js';
import { authenticateBearer, call, listen, rawRequest, TOKENS, type RunningServer } from './harness.js';

const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A minimal Connect/Express-style chain. */
async function serveChain(...chain: Middleware[]) {
  const server = await listen((req, res) => {
    let i = 0;
    const next = (error?: unknown) => {
      if (error) {
        res.statusCode = 599;
        return res.end('chain error');
      }
      const mw = chain[i++];
      if (!mw) {
        res.statusCode = 418;
        return res.end('fell through');
      }
      mw(req, res, next);
    };
    next();
  });
  servers.push(server);
  return server;
}

const handler = () => createRosterHandler({ adapter: createMemoryAdapter({ seed: 7 }), authenticate: authenticateBearer, logger: () => {} });

describe('toNodeHandler', () => {
  it('passes requests outside the base path on to next', async () => {
    const server = await serveChain(toNodeHandler(handler()));
    const outside = await fetch(`${server.origin}/index.html`);
    expect(outside.status).toBe(418);
    expect((await call(server, 'GET', '/roles', { token: TOKENS.project })).status).toBe(200);
  });

  it('reads a body an Express JSON parser already consumed', async () => {
    const jsonParser: Middleware = (req, _res, next) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => {
        (req as IncomingMessage & { body?: unknown }).body = text ? JSON.parse(text) : {};
        next();
      });
    };
    const server = await serveChain(jsonParser, toNodeHandler(handler()));
    const res = await call(server, 'POST', '/users', { token: TOKENS.project, body: { email: 'parsed@example.com' } });
    expect(res.status).toBe(201);
    expect(res.json.email).toBe('parsed@example.com');
  });

  it('answers 413 to a body over the limit without calling the handler', async () => {
    let called = false;
    const inner = handler();
    const spy = Object.assign((r: Request) => ((called = true), inner(r)), { basePath: inner.basePath });
    const server = await serveChain(toNodeHandler(spy, { maxBodyBytes: 1000 }));
    const res = await call(server, 'POST', '/users', { token: TOKENS.project, body: { email: 'big@example.com', name: 'x'.repeat(5000) } });
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('invalid_input');
    expect(called).toBe(false);
  });

  it('hands a failure inside the shim to next', async () => {
    const server = await serveChain(toNodeHandler(Object.assign(async () => { throw new Error('boom'); }, { basePath: '/roster-api' })));
    expect((await fetch(`${server.baseUrl}/roles`)).status).toBe(599);
  });
});

describe('methods the handler does not serve', () => {
  it('TRACE, which a Fetch Request cannot even carry, answers 405 with Allow', async () => {
    const server = await serveChain(toNodeHandler(handler()));
    // (CONNECT never reaches a request handler: Node's server hands it to its 'connect' event.)
    for (const method of ['TRACE']) {
      const res = await rawRequest(server, { method, target: '/roster-api/users', headers: { authorization: `Bearer ${TOKENS.project}` } });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow, method).toBe('GET, POST');
      expect(JSON.parse(res.text)).toMatchObject({ code: 'unsupported', status: 405 });
    }
  });

  it('answers 405 with Allow from the handler itself for other methods, OPTIONS included', async () => {
    const server = await serveChain(toNodeHandler(handler()));
    const options = await rawRequest(server, { method: 'OPTIONS', target: '/roster-api/users/u1/roles' });
    expect(options.status).toBe(405);
    expect(options.headers.allow).toBe('POST, DELETE, PUT');
    const patch = await call(server, 'PATCH', '/users', { token: TOKENS.project, body: { name: 'x' } });
    expect(patch.status).toBe(405);
    expect(patch.headers.get('allow')).toBe('GET, POST');
  });
});

describe('react-roster/server in a browser bundle', () => {
  it('throws at import with a message that says why and what to use instead', async () => {
    await expect(import('../../src/server/browser.js')).rejects.toThrow(/browser bundle[\s\S]*createRemoteAdapter/);
  });
});
