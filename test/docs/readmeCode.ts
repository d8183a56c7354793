/**
 * The README's code, checked: every ```ts and ```tsx block is typechecked as a module of its own
 * against the package's entry points (`react-roster/...` resolved to the source entries the build
 * turns into them), with the host's own things (its session, its ids) declared in
 * test/docs/hostEnvironment.d.ts. A block whose first line names a file of this repository
 * (`// examples/...`) must instead be that file, word for word, so the README cannot drift from
 * code that CI builds and runs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { packageEntries } from '../api/publicApi.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CodeBlock {
  /** 1-based line of the opening fence in README.md. */
  line: number;
  lang: 'ts' | 'tsx';
  code: string;
}

export function readmeBlocks(markdown = readFileSync(resolve(ROOT, 'README.md'), 'utf8')): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(tsx?)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    blocks.push({ line: start + 1, lang: open[1] as 'ts' | 'tsx', code: body.join('\n') + '\n' });
  }
  return blocks;
}

/** The repository file a block says it is, or null for a block to typecheck. */
export function namedFile(block: CodeBlock): string | null {
  const first = /^\/\/ ((?:examples|src)\/[^\s]+\.tsx?)\s*$/.exec(block.code.split('\n')[0]!);
  return first ? first[1]! : null;
}

/** Whether the block is word for word the file it names (less its naming comment). */
export function matchesNamedFile(block: CodeBlock, path: string): boolean {
  const file = resolve(ROOT, path);
  if (!existsSync(file)) return false;
  const body = block.code.split('\n').slice(1).join('\n');
  return readFileSync(file, 'utf8') === body;
}

/** TypeScript's complaints about each block, as `README.md:<line>: <message>`; empty when all compile. */
export function typecheckBlocks(blocks: CodeBlock[]): string[] {
  const dir = resolve(ROOT, 'test/docs/__readme__');
  const files = new Map(blocks.map((b) => [resolve(dir, `block-${b.line}.${b.lang}`), b]));
  const paths: Record<string, string[]> = {};
  for (const { entry, source } of packageEntries()) paths[entry] = [resolve(ROOT, source)];
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    isolatedModules: true,
    allowImportingTsExtensions: true,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    paths,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name)?.code ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, version, onError) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name)!.code, version, true, name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : getSourceFile(name, version, onError);
  const roots = [...files.keys(), resolve(ROOT, 'test/docs/hostEnvironment.d.ts')];
  const program = ts.createProgram(roots, options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.has(d.file.fileName))
    .map((d) => {
      const block = files.get(d.file!.fileName)!;
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return `README.md:${block.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}
