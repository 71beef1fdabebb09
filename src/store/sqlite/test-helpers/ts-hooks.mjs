// Module hooks that let a plain `node` child process run this repository's TypeScript sources
// (for the crash test, which must SIGKILL a real process): `./x.js` imports resolve to `./x.ts`
// when only the .ts exists, and .ts files are transpiled on load (types stripped, no checking).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && /^\.{0,2}\//.test(specifier) && context.parentURL?.startsWith('file:')) {
    const js = new URL(specifier, context.parentURL);
    const tsUrl = new URL(`${js.href.slice(0, -3)}.ts`);
    if (!existsSync(fileURLToPath(js)) && existsSync(fileURLToPath(tsUrl)))
      return { url: tsUrl.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return { format: 'module', source: outputText, shortCircuit: true };
}
