// @vitest-environment node
/**
 * examples/nextjs kept honest without building it (test/build/nextjs builds and drives it in CI):
 *
 * - the README's Next.js snippets are the example's own files, word for word: each block that
 *   starts with `// examples/nextjs/<path>` must equal that file, which `next build` type-checks;
 * - its lock file installs react-roster with the dependencies react-roster declares today. `npm ci`
 *   follows the lock and would silently leave out a dependency added since.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the README’s Next.js section', () => {
  const blocks = [...read('README.md').matchAll(/```tsx?\n\/\/ (examples\/nextjs\/\S+)\n([\s\S]*?)```/g)].map(([, path, code]) => ({ path: path!, code: code! }));

  it('shows the route handler, the page with its provider, and the layout importing the CSS', () => {
    expect(blocks.map((b) => b.path).sort()).toEqual(['examples/nextjs/app/api/roster/[...path]/route.ts', 'examples/nextjs/app/layout.tsx', 'examples/nextjs/app/page.tsx']);
    expect(blocks.find((b) => b.path.endsWith('layout.tsx'))!.code).toContain("import 'react-roster/styles.css';");
    expect(blocks.find((b) => b.path.endsWith('page.tsx'))!.code).toContain('<RosterRemoteProvider baseUrl="/api/roster"');
    expect(blocks.find((b) => b.path.endsWith('route.ts'))!.code).toContain('createRosterHandler({');
  });

  it.each(blocks.map((b) => [b.path, b.code] as const))('%s is the file as it is', (path, code) => {
    expect(code).toBe(read(path));
  });
});

describe('examples/nextjs/package-lock.json', () => {
  it('installs react-roster with the dependencies and peers it declares now (else: npm install in examples/nextjs)', () => {
    const pkg = JSON.parse(read('package.json'));
    const locked = JSON.parse(read('examples/nextjs/package-lock.json')).packages['node_modules/react-roster'];
    expect(locked).toMatchObject({ resolved: 'file:../..', version: pkg.version });
    expect(locked.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(locked.peerDependencies ?? {}).toEqual(pkg.peerDependencies ?? {});
  });
});
