// @vitest-environment node
/**
 * What a host's browser bundle gets from Roster: the components, hooks and the remote adapter —
 * and none of the server handler, Node shims or the Descope management-key option. And
 * `react-roster/server` under the `browser` condition refuses to load, saying why.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string> | string>; dependencies: Record<string, string>; peerDependencies: Record<string, string> };
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];

async function browserBundle(entry: string): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['browser', 'module', 'import', 'default'] },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(root, entry), formats: ['es'] },
      rolldownOptions: { external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((o) => o.output).map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe('the browser bundle', () => {
  it('of the components, hooks and remote adapter holds no server code and no management-key option', async () => {
    const code = await browserBundle('src/index.ts') + (await browserBundle('src/adapters/remote/index.ts'));
    expect(code).toContain('UserTable');
    expect(code).toContain('x-roster-request');
    for (const serverOnly of ['createRosterHandler', 'toNodeHandler', 'managementKey', 'node:http', 'node:fs', 'authenticate(']) {
      expect(code, `found ${serverOnly}`).not.toContain(serverOnly);
    }
  }, 60_000);

  it('of the server entry is a guard that throws when a bundler picks the browser condition', async () => {
    const server = pkg.exports['./server'] as Record<string, string>;
    const conditions = Object.keys(server);
    expect(conditions.indexOf('browser')).toBeLessThan(conditions.indexOf('default'));
    expect(server.browser).toBe('./dist/server.browser.js');
    await expect(import('../../src/server/browser.js')).rejects.toThrow(/must only run on your server.*createRemoteAdapter/s);
  });
});
