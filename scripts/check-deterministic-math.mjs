/**
 * Fails when engine code uses a floating-point function whose result ECMAScript leaves to the
 * implementation (Math.sin, Math.exp, Math.hypot, `**`, ...). Those differ between V8 versions, so a
 * game resolved by the host (Node) and by the renderer (Chromium) would drift apart. The engine uses
 * shared/math/deterministic.ts instead. Run by `npm run lint:imports` (and so by `npm test`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Folders whose code must give bit-identical results on every JavaScript engine. */
const checked = ['shared/engine', 'shared/venue', 'shared/scenario', 'shared/ai'];
const forbidden = /Math\.(sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|exp|expm1|log|log1p|log2|log10|pow|hypot|cbrt)\b|[\w)\]]\s*\*\*\s*[\w(]/;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) yield path;
  }
}

const problems = [];
for (const folder of checked) {
  let files;
  try {
    files = [...sourceFiles(join(root, folder))];
  } catch {
    continue; // folder not present
  }
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');
      const match = forbidden.exec(code);
      if (match) problems.push(`${relative(root, file)}:${index + 1}: ${match[0].trim()} — use shared/math/deterministic.ts`);
    });
  }
}
if (problems.length > 0) {
  console.error(`Implementation-dependent float math in engine code (results differ between Node and Chromium):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`deterministic math: ${checked.join(', ')} clean`);
